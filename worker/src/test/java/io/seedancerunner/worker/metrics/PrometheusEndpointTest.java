package io.seedancerunner.worker.metrics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.seedancerunner.worker.Http;
import io.seedancerunner.worker.cli.LocalOperatorKey;
import io.seedancerunner.worker.cli.RunnerContext;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /prometheus} after one clip shows the runner's metrics with their labels and the
 * Temporal SDK's {@code temporal_*} metrics; every query of the Grafana dashboard in
 * {@code deploy/grafana/} names a metric the runner exports; no label value carries a secret, the
 * prompt or the job id.
 */
class PrometheusEndpointTest {

  static final String PROMPT_WORD = "sunrise";
  static ApplicationContext ctx;
  static String scrape;
  static String jobId;
  static int anonymous;

  @BeforeAll
  static void oneClip() throws Exception {
    Path data = Files.createTempDirectory("seedance-metrics");
    int port = TemporalTarget.freePort();
    ctx = RunnerContext.start(Map.of(
        "micronaut.server.port", port,
        "seedance.temporal.mode", "in-process",
        "seedance.data-dir", data.toString(),
        "seedance.webhook-token-secret", "metrics-test-secret-0123456789",
        "simulator.generation-seconds", 2,
        "simulator.video-dir", data.resolve("sim-videos").toString()));
    Http http = new Http(port, data);
    jobId = http.post("/v1/generations", Files.readString(Path.of("../examples/mountains-at-sunrise.json")))
        .path("jobId").asText();
    JsonNode done = http.awaitJob(jobId, Http::terminal);
    assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
    HttpClient client = HttpClient.newHttpClient();
    anonymous = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/prometheus")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
    // An operator's credential: labels name tenants and providers, which only operators see.
    HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/prometheus"))
        .header("Authorization", "Bearer " + LocalOperatorKey.read(data)).build();
    // The SDK's scope reports into the registry every second.
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
      scrape = client.send(get, HttpResponse.BodyHandlers.ofString()).body();
      return scrape.contains("seedance_jobs_ended_total{");
    });
  }

  @AfterAll
  static void stop() {
    ctx.close();
  }

  @Test
  void anAnonymousScrapeIsRefused() {
    assertEquals(401, anonymous, "GET /prometheus without a credential");
  }

  @Test
  void runnerMetricsCarryTheirLabels() {
    assertSample("seedance_jobs_started_total", "model=\"seedance-2.0\"", "provider=\"sim-open-api\"");
    assertSample("seedance_jobs_ended_total", "outcome=\"succeeded\"", "provider=\"sim-open-api\"");
    assertSample("seedance_job_polls_total", "provider=\"sim-open-api\"");
    assertSample("seedance_usd_captured_microdollars_total", "tenant=\"default\"", "provider=\"sim-open-api\"");
    assertSample("seedance_provider_calls_seconds_count", "dialect=\"open-api\"", "account=\"sim-open-api\"",
        "endpoint=\"submit\"", "method=\"POST\"", "status=\"200\"");
    assertSample("seedance_provider_calls_seconds_sum", "endpoint=\"read\"", "method=\"GET\"");
    assertSample("seedance_download_bytes_sum", "provider=\"sim-open-api\"");
    assertSample("seedance_download_throughput_bytes_per_second_count", "provider=\"sim-open-api\"");
    assertSample("http_server_requests_seconds_count", "uri=\"/v1/webhooks/");
  }

  @Test
  void temporalSdkMetricsAreInTheSameRegistry() {
    assertTrue(scrape.lines().anyMatch(l -> l.startsWith("temporal_request_total{")), "temporal_request_total");
    assertTrue(scrape.lines().anyMatch(l -> l.startsWith("temporal_workflow_task_schedule_to_start_latency_seconds")),
        "temporal_workflow_task_schedule_to_start_latency_seconds");
  }

  @Test
  void labelsCarryNoSecretPromptOrJobId() {
    for (String line : scrape.lines().filter(l -> !l.startsWith("#")).toList()) {
      String labels = line.contains("{") ? line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1) : "";
      for (String forbidden : List.of("sd2_test_simulator_key", "metrics-test-secret", jobId, PROMPT_WORD)) {
        assertFalse(labels.contains(forbidden), forbidden + " in " + line);
      }
    }
  }

  @Test
  void everyDashboardQueryNamesAnExportedMetric() throws Exception {
    JsonNode dashboard = new ObjectMapper().readTree(Path.of("../deploy/grafana/seedance-runner.json").toFile());
    Set<String> exported = new TreeSet<>();
    scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
        .forEach(l -> exported.add(l.split("[{ ]", 2)[0]));
    List<String> queries = new ArrayList<>();
    dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> queries.add(t.path("expr").asText())));
    assertFalse(queries.isEmpty(), "the dashboard has queries");
    Pattern metric = Pattern.compile("\\b((?:seedance|temporal|http)_[a-z0-9_]+)\\b");
    for (String q : queries) {
      Matcher m = metric.matcher(q);
      assertTrue(m.find(), "query names no metric: " + q);
      m.reset();
      while (m.find()) {
        assertTrue(exported.contains(m.group(1)), m.group(1) + " (in " + q + ") is not exported; exported: " + exported);
      }
    }
  }

  private static void assertSample(String name, String... labels) {
    assertTrue(scrape.lines().anyMatch(l -> l.startsWith(name + "{") && List.of(labels).stream().allMatch(l::contains)),
        name + " with " + List.of(labels) + " not in:\n" + scrape.lines().filter(l -> l.startsWith("seedance_")
            || l.startsWith("http_server")).toList());
  }
}
