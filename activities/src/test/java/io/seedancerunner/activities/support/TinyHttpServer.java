package io.seedancerunner.activities.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A one-thread HTTP/1.1 server on a random localhost port for tests: it records each request
 * (line, headers, body) and answers a canned response, raw bytes from a function, or nothing at all
 * (reads the request and never answers, the "ambiguous" case).
 */
public final class TinyHttpServer implements AutoCloseable {

  /** A recorded request; header names are lower case. */
  public record Recorded(String line, Map<String, String> headers, String body) {}

  private final ServerSocket socket;
  private final Thread thread;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final Function<Recorded, byte[]> responder;
  private final int splitAt;
  private final long pauseMillis;

  private TinyHttpServer(Function<Recorded, byte[]> responder) throws IOException {
    this(responder, Integer.MAX_VALUE, 0);
  }

  private TinyHttpServer(Function<Recorded, byte[]> responder, int splitAt, long pauseMillis) throws IOException {
    this.responder = responder;
    this.splitAt = splitAt;
    this.pauseMillis = pauseMillis;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "tiny-http-" + socket.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  /** Answers every request with this status, headers and JSON body, then closes the connection. */
  public static TinyHttpServer answering(int status, Map<String, String> headers, String body) throws IOException {
    StringBuilder sb = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    sb.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length).append("\r\nConnection: close\r\n");
    headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
    byte[] raw = sb.append("\r\n").append(body).toString().getBytes(StandardCharsets.UTF_8);
    return new TinyHttpServer(r -> raw);
  }

  /** Reads every request and never answers. */
  public static TinyHttpServer silent() throws IOException {
    return new TinyHttpServer(r -> null);
  }

  /**
   * Answers each request with the raw bytes the function returns (status line, headers, body; a
   * short body with a longer Content-Length simulates a cut connection), then closes the
   * connection; {@code null} means never answer.
   */
  public static TinyHttpServer raw(Function<Recorded, byte[]> responder) throws IOException {
    return new TinyHttpServer(responder);
  }

  /**
   * Like {@link #raw(Function)}, but writes the first {@code splitAt} bytes, pauses, then the rest,
   * so that the client sees the answer begin before it ends (as over a real network).
   */
  public static TinyHttpServer rawInTwoParts(Function<Recorded, byte[]> responder, int splitAt, long pauseMillis)
      throws IOException {
    return new TinyHttpServer(responder, splitAt, pauseMillis);
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** @return the requests received so far */
  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        open.add(s);
        Recorded request = read(s.getInputStream());
        requests.add(request);
        byte[] response = responder.apply(request);
        if (response != null) {
          OutputStream out = s.getOutputStream();
          int first = Math.min(splitAt, response.length);
          out.write(response, 0, first);
          out.flush();
          if (first < response.length) {
            sleep(pauseMillis);
            out.write(response, first, response.length - first);
            out.flush();
          }
          s.close();
        }
      } catch (IOException e) {
        // closed
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Recorded read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
      matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Recorded(lines[0], headers, new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : new ArrayList<>(open)) {
      s.close();
    }
  }
}
