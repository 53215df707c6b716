package io.seedancerunner.activities.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real simulator module on a random localhost port, with its admin API. Default keys:
 * {@code sd2_test_simulator_key} (open-api) and {@code sk_test_simulator_key} (seedanceapi).
 */
public final class SimulatorServer implements AutoCloseable {

  /** open-api key the simulator accepts by default. */
  public static final String OPEN_API_KEY = "sd2_test_simulator_key";
  /** seedanceapi key the simulator accepts by default. */
  public static final String SEEDANCEAPI_KEY = "sk_test_simulator_key";

  private final EmbeddedServer server;
  private final HttpClient admin;
  private final ObjectMapper mapper = new ObjectMapper();

  private SimulatorServer(EmbeddedServer server) {
    this.server = server;
    this.admin = HttpClient.create(server.getURL());
  }

  /**
   * @param videoDir where the simulator caches its MP4 files
   * @return a started simulator; generation takes 1 s unless a test sets another time
   */
  public static SimulatorServer start(Path videoDir) {
    EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
        "micronaut.server.port", -1,
        "simulator.generation-seconds", 1,
        "simulator.video-dir", videoDir.toString()));
    return new SimulatorServer(server);
  }

  /** @return {@code http://localhost:<port>} */
  public String url() {
    return "http://localhost:" + server.getPort();
  }

  /** @return the open-api base URL, {@code <url>/sim/open-api} */
  public String openApiBase() {
    return url() + "/sim/open-api";
  }

  /** @return the seedanceapi base URL, {@code <url>/sim/seedanceapi} */
  public String seedanceApiBase() {
    return url() + "/sim/seedanceapi";
  }

  /** Arms faults: a JSON body for {@code POST /sim/admin/faults}. */
  public void faults(String json) {
    admin.toBlocking().exchange(HttpRequest.POST("/sim/admin/faults", json).contentType(MediaType.APPLICATION_JSON_TYPE));
  }

  /** Forgets every task, fault and statistic. */
  public void reset() {
    admin.toBlocking().exchange(HttpRequest.POST("/sim/admin/reset", "{}").contentType(MediaType.APPLICATION_JSON_TYPE));
  }

  /** @return {@code GET /sim/admin/stats} */
  public JsonNode stats() {
    try {
      return mapper.readTree(admin.toBlocking().retrieve("/sim/admin/stats"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    admin.close();
    server.getApplicationContext().close();
  }
}
