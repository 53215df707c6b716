package io.seedancerunner.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A simulator on a random port for one test class, and a raw JDK HTTP client to talk to it
 * (raw, so tests see exactly the bytes, headers and statuses on the wire).
 */
public final class Sim implements AutoCloseable {

  /** The default open-api key. */
  public static final String OPEN_API_KEY = "sd2_test_simulator_key";
  /** The default seedanceapi key. */
  public static final String SEEDANCEAPI_KEY = "sk_test_simulator_key";
  /** Shared on-disk video cache for all tests: each size is encoded once per build. */
  public static final String VIDEO_DIR = "target/sim-test-videos";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EmbeddedServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Sim(EmbeddedServer server) {
    this.server = server;
  }

  /**
   * @param extra properties on top of the test defaults (generation 1 s, random port)
   * @return a running simulator
   */
  public static Sim start(Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", -1);
    props.put("simulator.generation-seconds", 1);
    props.put("simulator.video-dir", VIDEO_DIR);
    props.putAll(extra);
    return new Sim(ApplicationContext.run(EmbeddedServer.class, props, "test"));
  }

  /** @return a running simulator with the test defaults */
  public static Sim start() {
    return start(Map.of());
  }

  /** @return {@code http://localhost:<port>} */
  public String base() {
    return "http://localhost:" + server.getPort();
  }

  /** @return the server's port */
  public int port() {
    return server.getPort();
  }

  /** @return the application context */
  public ApplicationContext context() {
    return server.getApplicationContext();
  }

  /**
   * @param path path under the server root
   * @param json body
   * @param key  Bearer key, or null for none
   * @return the answer
   */
  public HttpResponse<String> post(String path, String json, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return send(b.build());
  }

  /**
   * @param path path under the server root
   * @param key  Bearer key, or null for none
   * @return the answer
   */
  public HttpResponse<String> get(String path, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return send(b.build());
  }

  /**
   * @param request any request
   * @return the answer as text
   */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** @return the JDK client, for byte bodies */
  public HttpClient http() {
    return http;
  }

  /**
   * @param response an answer
   * @return its body as JSON
   */
  public static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  /**
   * @param body a JSON text
   * @return it parsed
   */
  public static JsonNode json(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  /** Arms faults. @param json the faults body */
  public void faults(String json) {
    HttpResponse<String> r = post("/sim/admin/faults", json, null);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("faults refused: " + r.body());
    }
  }

  /** @return the admin stats */
  public JsonNode stats() {
    return json(get("/sim/admin/stats", null));
  }

  /** Clears tasks, faults and stats. */
  public void reset() {
    post("/sim/admin/reset", "{}", null);
  }

  /**
   * Polls until a condition holds.
   *
   * @param what      a description for the failure message
   * @param timeout   how long to wait
   * @param condition the condition
   * @param <T>       value type
   * @param probe     reads the current value
   * @return the first value meeting the condition
   */
  public static <T> T await(String what, Duration timeout, java.util.function.Supplier<T> probe, Predicate<T> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last = null;
    while (System.nanoTime() < deadline) {
      last = probe.get();
      if (condition.test(last)) {
        return last;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("timed out waiting for " + what + "; last value: " + last);
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
