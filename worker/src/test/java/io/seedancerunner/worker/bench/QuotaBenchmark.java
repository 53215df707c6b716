package io.seedancerunner.worker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.seedancerunner.worker.cli.RunnerContext;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 3's quota benchmark; it prints figures and asserts nothing. {@code N} clips (default 200)
 * on one {@code seedance2ai} account whose simulator enforces the documented quota of 30 requests
 * per 60 s (seed 003), through the whole runner (api → workflows → activities on the account's
 * task queue → simulator). Prints the 429s the account received, the requests sent inside a
 * Retry-After window (must be 0), and the makespan against the quota-bound minimum
 * {@code (requests − quota) / quota × window}, where requests is what the account actually sent.
 *
 * <p>Run: {@code scripts/benchmark.sh QuotaBenchmark [clips] [quota] [windowSeconds]}. With the
 * defaults it takes about 15 minutes; {@code 40 30 60} takes about 3.
 */
public final class QuotaBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static String key;

  private QuotaBenchmark() {}

  /** @param args clips, quota requests, quota window seconds */
  public static void main(String[] args) throws Exception {
    int clips = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int quota = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int window = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    Path data = Files.createTempDirectory("seedance-bench-quota");
    int port = TemporalTarget.freePort();
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", port);
    props.put("seedance.temporal.mode", "in-process");
    props.put("seedance.data-dir", data.toString());
    props.put("seedance.console.level", "WARN");
    props.put("simulator.generation-seconds", 5);
    props.put("simulator.video-dir", data.resolve("sim-videos").toString());
    props.put("simulator.seedance2ai.rate-limit-requests", quota);
    props.put("simulator.seedance2ai.rate-limit-window-seconds", window);
    props.put("seedance.providers.sim-seedance2ai.rate-limit-requests", quota);
    props.put("seedance.providers.sim-seedance2ai.rate-limit-window", window + "s");
    try (ApplicationContext ctx = RunnerContext.start(props)) {
      key = "Bearer " + io.seedancerunner.worker.cli.LocalOperatorKey.of(ctx);
      String base = "http://localhost:" + port;
      long start = System.nanoTime();
      List<String> jobs = new ArrayList<>();
      for (int i = 0; i < clips; i++) {
        jobs.add(post(base + "/v1/generations", "{\"provider\":\"sim-seedance2ai\",\"prompt\":\"benchmark clip " + i
            + " of a quiet harbour at dawn\",\"durationSeconds\":4}").path("jobId").asText());
      }
      Map<String, Integer> outcomes = new HashMap<>();
      for (String job : jobs) {
        String status;
        while (true) {
          status = get(base + "/v1/generations/" + job).path("status").asText();
          if (List.of("SUCCEEDED", "FAILED", "CANCELLED", "TIMED_OUT").contains(status)) {
            break;
          }
          Thread.sleep(1000);
        }
        outcomes.merge(status, 1, Integer::sum);
      }
      double makespan = (System.nanoTime() - start) / 1e9;
      JsonNode d = get(base + "/sim/admin/stats").path("dialects").path("seedance2ai");
      long requests = d.path("submitsAttempted").asLong() + d.path("statusCalls").asLong() + d.path("cancels").asLong();
      double minimum = Math.max(0, requests - quota) / (double) quota * window;
      System.out.printf("clips:                               %d (%s)%n", clips, outcomes);
      System.out.printf("quota:                               %d requests / %d s%n", quota, window);
      System.out.printf("requests the account sent:           %d (%d submits, %d status)%n", requests,
          d.path("submitsAttempted").asLong(), d.path("statusCalls").asLong());
      System.out.printf("429s received:                       %d%n", d.path("rateLimited").asLong());
      System.out.printf("requests inside a Retry-After window: %d (must be 0)%n", d.path("retryAfterViolations").asLong());
      System.out.printf("makespan:                            %.0f s%n", makespan);
      System.out.printf("quota-bound minimum for %d requests: %.0f s (makespan / minimum = %.2f)%n", requests,
          minimum, minimum == 0 ? 0 : makespan / minimum);
      System.out.printf("ideal minimum (2 requests per clip): %.0f s%n",
          Math.max(0, 2.0 * clips - quota) / quota * window);
    }
  }

  private static JsonNode post(String url, String body) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("Authorization", key)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private static JsonNode get(String url) throws Exception {
    return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().header("Authorization", key).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }
}
