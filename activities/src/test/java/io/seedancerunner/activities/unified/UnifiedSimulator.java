package io.seedancerunner.activities.unified;

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
import java.nio.file.Path;
import java.util.Map;

/**
 * The real simulator for the unified contract test, started with
 * {@code simulator.unified.allow-private-callbacks=true} so that its callbacks may reach a
 * receiver on localhost (the shared {@code SimulatorServer} takes no extra properties), plus a raw
 * JDK client for requests the adapter would never send.
 */
final class UnifiedSimulator implements AutoCloseable {

  /** The simulator's default unified key. */
  static final String KEY = "sk-unified-simulator-key";

  private final EmbeddedServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  private UnifiedSimulator(EmbeddedServer server) {
    this.server = server;
  }

  /** @return a started simulator; generation takes 1 s unless a test sets another time */
  static UnifiedSimulator start(Path videoDir) {
    return new UnifiedSimulator(ApplicationContext.run(EmbeddedServer.class, Map.of(
        "micronaut.server.port", -1,
        "simulator.generation-seconds", 1,
        "simulator.video-dir", videoDir.toString(),
        "simulator.unified.allow-private-callbacks", true)));
  }

  /** @return {@code http://localhost:<port>} */
  String url() {
    return "http://localhost:" + server.getPort();
  }

  /** @return the unified base URL, {@code <url>/sim/unified} */
  String base() {
    return url() + "/sim/unified";
  }

  /**
   * @param path path under the server root
   * @param json body
   * @param key  Bearer key, or null
   * @return the answer
   */
  HttpResponse<String> post(String path, String json, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** @param json a {@code POST /sim/admin/faults} body */
  void faults(String json) {
    HttpResponse<String> r = post("/sim/admin/faults", json, null);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("faults refused: " + r.body());
    }
  }

  /** Forgets every task, fault and statistic. */
  void reset() {
    post("/sim/admin/reset", "{}", null);
  }

  /** @return {@code GET /sim/admin/stats} */
  JsonNode stats() {
    try {
      return mapper.readTree(http.send(HttpRequest.newBuilder(URI.create(url() + "/sim/admin/stats")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
