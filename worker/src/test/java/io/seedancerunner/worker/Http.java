package io.seedancerunner.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.worker.cli.LocalOperatorKey;
import java.net.URI;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A small JSON client for the tests, so they see the wire as a studio's script would. */
public final class Http {

  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;
  private final String key;

  /**
   * @param port the runner's port
   * @param data its data directory, where {@link LocalOperatorKey} made the operator key
   */
  public Http(int port, Path data) {
    this.base = "http://localhost:" + port;
    this.key = "Bearer " + LocalOperatorKey.read(data);
  }

  public JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header("Authorization", key)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  public JsonNode get(String path) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
        .header("Authorization", key).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  /** Polls {@code GET /v1/generations/{id}} every 200 ms until {@code done} holds or 120 s pass. */
  public JsonNode awaitJob(String jobId, Predicate<JsonNode> done) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    JsonNode s = null;
    while (System.nanoTime() < until) {
      s = get("/v1/generations/" + jobId);
      if (done.test(s)) {
        return s;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job " + jobId + " never got there; last " + s);
  }

  /**
   * A job is over when its phase is terminal and its workflow has closed: the API reads the two
   * with two calls, so for a moment a failed job can show phase FAILED while still RUNNING, before
   * its failure details exist.
   */
  public static boolean terminal(JsonNode s) {
    boolean phaseOver = switch (s.path("status").asText()) {
      case "SUCCEEDED", "FAILED", "CANCELLED", "TIMED_OUT" -> true;
      default -> false;
    };
    return phaseOver && !"RUNNING".equals(s.path("workflowState").asText());
  }
}
