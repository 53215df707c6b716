package io.seedancerunner.worker.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the runner's HTTP API on a free localhost port (the JDK's own HTTP server):
 * each route ({@code "GET /v1/storyboards/sb-1"}, raw path as sent) answers a queue of canned
 * answers, the last one repeating; unknown routes answer 404 in the API's error shape. Records
 * every request with its body.
 */
final class FakeApi implements AutoCloseable {

  /**
   * One canned answer.
   *
   * @param status      HTTP status
   * @param contentType media type
   * @param body        body bytes
   */
  record Reply(int status, String contentType, byte[] body) {
    static Reply json(int status, String json) {
      return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * One request received.
   *
   * @param route       method and raw path
   * @param query       the raw query string, or null
   * @param contentType the request's Content-Type, or null
   * @param body        the request body
   */
  record Received(String route, String query, String contentType, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Reply>> routes = new HashMap<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  FakeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** @return the base URL, for {@code --api-url} */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Adds answers to a route; the last one added repeats. */
  synchronized FakeApi on(String route, Reply... replies) {
    Deque<Reply> queue = routes.computeIfAbsent(route, r -> new ArrayDeque<>());
    Collections.addAll(queue, replies);
    return this;
  }

  /** @return a JSON answer for {@link #on} */
  static Reply json(int status, String json) {
    return Reply.json(status, json);
  }

  /** @return the requests so far */
  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** @return the requests so far whose route is {@code route} */
  List<Received> received(String route) {
    return received().stream().filter(r -> r.route().equals(route)).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    String route = ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath();
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(route, ex.getRequestURI().getRawQuery(), ex.getRequestHeaders().getFirst("Content-Type"), body));
    Reply reply = next(route);
    ex.getResponseHeaders().add("Content-Type", reply.contentType());
    ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    if (reply.body().length > 0) {
      ex.getResponseBody().write(reply.body());
    }
    ex.close();
  }

  private synchronized Reply next(String route) {
    Deque<Reply> queue = routes.get(route);
    if (queue == null || queue.isEmpty()) {
      return Reply.json(404, "{\"error\":\"not_found\",\"message\":\"no job with id in " + route + "\"}");
    }
    return queue.size() > 1 ? queue.poll() : queue.peek();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
