package io.seedancerunner.activities.ark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.seedancerunner.simulator.ark.ArkSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The real simulator on a random localhost port with ark settings of the test's choosing, its
 * admin API, and raw calls (JDK client, so a test sees the wire exactly).
 */
final class ArkSimulator implements AutoCloseable {

  /** The ark key the simulator accepts by default. */
  static final String KEY = ArkSettings.DEFAULT_API_KEY;
  static final String TASKS = "/sim/ark/api/v3/contents/generations/tasks";

  private final EmbeddedServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  private ArkSimulator(EmbeddedServer server) {
    this.server = server;
  }

  /**
   * @param videoDir where the simulator caches its MP4 files
   * @param extra    simulator properties on top of: random port, generation 1 s
   * @return a started simulator
   */
  static ArkSimulator start(Path videoDir, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", -1);
    props.put("simulator.generation-seconds", 1);
    props.put("simulator.video-dir", videoDir.toString());
    props.putAll(extra);
    return new ArkSimulator(ApplicationContext.run(EmbeddedServer.class, props));
  }

  /** @return {@code http://localhost:<port>} */
  String url() {
    return "http://localhost:" + server.getPort();
  }

  /** @return the ark account's base URL, {@code <url>/sim/ark} */
  String base() {
    return url() + "/sim/ark";
  }

  /** Arms faults: a JSON body for {@code POST /sim/admin/faults}. */
  void faults(String json) {
    HttpResponse<String> r = send("POST", "/sim/admin/faults", json, null);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("faults refused: " + r.body());
    }
  }

  /** Forgets every task, fault and statistic. */
  void reset() {
    send("POST", "/sim/admin/reset", "{}", null);
  }

  /** @return {@code GET /sim/admin/stats} */
  JsonNode stats() {
    return json(send("GET", "/sim/admin/stats", null, null).body());
  }

  /** @return the ark list for a raw query string, with the default key */
  JsonNode list(String query) {
    HttpResponse<String> r = send("GET", TASKS + "?" + query, null, KEY);
    if (r.statusCode() != 200) {
      throw new AssertionError("list answered " + r.statusCode() + ": " + r.body());
    }
    return json(r.body());
  }

  /** @return the raw task object, with the default key */
  JsonNode task(String id) {
    return json(send("GET", TASKS + "/" + id, null, KEY).body());
  }

  /**
   * @param method  HTTP method
   * @param target  a path under the server root, or an absolute URL
   * @param body    JSON body, or null
   * @param key     Bearer key, or null
   * @param headers more headers: name, value, ...
   * @return the answer
   */
  HttpResponse<String> send(String method, String target, String body, String key, String... headers) {
    URI uri = URI.create(target.startsWith("http") ? target : url() + target);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
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

  /** @return the body of a GET on an absolute URL, as bytes */
  byte[] bytes(String url) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** @return the text parsed as JSON */
  JsonNode json(String text) {
    try {
      return mapper.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
