package io.seedancerunner.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.seedancerunner.activities.media.Mp4Info;
import io.seedancerunner.activities.media.Mp4Probe;
import io.seedancerunner.worker.cli.RunnerContext;
import io.seedancerunner.worker.temporal.TemporalTarget;
import io.seedancerunner.workflows.webhook.WebhookTokens;
import io.temporal.client.WorkflowClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The whole path on the embedded default, in one process as the Quickstart runs it: api →
 * GenerationWorkflow → simulator → webhook or poll → download, checked on the wire.
 */
class EmbeddedEndToEndTest {

  static final String TOKEN_SECRET = "e2e-webhook-token-secret-0123456789";
  static final List<String> SECRETS = List.of("sd2_test_simulator_key", "sk_test_simulator_key",
      "sim-open-api-webhook-secret", TOKEN_SECRET);

  static ApplicationContext ctx;
  static Http http;
  static Path data;
  static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

  @BeforeAll
  static void start() throws Exception {
    LOGS.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(LOGS);
    data = Files.createTempDirectory("seedance-e2e");
    int port = TemporalTarget.freePort();
    ctx = RunnerContext.start(Map.of(
        "micronaut.server.port", port,
        "seedance.temporal.mode", "in-process",
        "seedance.data-dir", data.toString(),
        "seedance.webhook-token-secret", TOKEN_SECRET,
        "simulator.generation-seconds", 2,
        "simulator.video-dir", data.resolve("sim-videos").toString()));
    http = new Http(port, data);
  }

  @AfterAll
  static void stop() {
    ctx.close();
  }

  @Test
  void theEmbeddedRunnerAnswersThisMachineOnlyAndNobodyWithoutItsKey() throws Exception {
    assertEquals("127.0.0.1", ctx.getProperty("micronaut.server.host", String.class).orElse(null));
    String base = "http://127.0.0.1:" + ctx.getBean(io.micronaut.runtime.server.EmbeddedServer.class).getPort();
    java.net.http.HttpClient anonymous = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpResponse<String> models = anonymous.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(base + "/v1/models")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(401, models.statusCode(), models.body());
    java.net.http.HttpResponse<String> health = anonymous.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(base + "/health")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode(), "health needs no credential: " + health.body());
  }

  @Test
  void quickstartClipRunsEndToEndAndTheWebhookWakesIt() throws Exception {
    JsonNode job = http.post("/v1/generations", Files.readString(Path.of("../examples/mountains-at-sunrise.json")));
    JsonNode done = http.awaitJob(job.path("jobId").asText(), Http::terminal);

    assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
    JsonNode video = done.path("result").path("video");
    Mp4Info probed = Mp4Probe.probe(Path.of(video.path("path").asText()));
    assertEquals(8.0, probed.durationSeconds(), 0.05);
    assertEquals(1280, probed.width());
    assertEquals(720, probed.height());
    assertEquals(Files.size(Path.of(video.path("path").asText())), video.path("bytes").asLong());
    assertTrue(done.path("callbacks").asInt() >= 1, "the simulator's signed webhook reached the job");
    assertTrue(video.path("path").asText().startsWith(data.resolve("videos").toString()));
  }

  @Test
  void seedanceapiClipWithAudioIn9by16() throws Exception {
    JsonNode job = http.post("/v1/generations",
        Files.readString(Path.of("../examples/river-with-audio-seedanceapi.json")));
    JsonNode done = http.awaitJob(job.path("jobId").asText(), Http::terminal);

    assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
    Mp4Info probed = Mp4Probe.probe(Path.of(done.path("result").path("video").path("path").asText()));
    assertEquals(4.0, probed.durationSeconds(), 0.05);
    assertEquals(496, probed.width());
    assertEquals(864, probed.height());
  }

  @Test
  void aTruncatedDownloadIsRetriedAndResumesFromTheHeartbeatedOffset() throws Exception {
    http.post("/sim/admin/faults", "{\"truncateDownloads\": 1}");
    JsonNode job = http.post("/v1/generations",
        "{\"provider\":\"sim-open-api\",\"prompt\":\"a shot whose link drops\",\"durationSeconds\":6}");
    JsonNode done = http.awaitJob(job.path("jobId").asText(), Http::terminal);

    assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
    String task = done.path("providerTaskId").asText();
    List<JsonNode> requests = new java.util.ArrayList<>();
    http.get("/sim/admin/stats").path("files").forEach(f -> {
      if (f.path("taskId").asText().equals(task)) {
        requests.add(f);
      }
    });
    assertEquals(2, requests.size(), requests.toString());
    long firstBytes = requests.get(0).path("bytesSent").asLong();
    String range = requests.get(1).path("range").asText();
    assertTrue(range.matches("bytes=\\d+-"), range);
    long resumedAt = Long.parseLong(range.substring(6, range.length() - 1));
    // Bytes in flight when the connection dropped may be lost; never more than were sent.
    assertTrue(resumedAt > 0 && resumedAt <= firstBytes, "resumed at " + resumedAt + " of " + firstBytes);
    assertEquals(206, requests.get(1).path("status").asInt());
    JsonNode video = done.path("result").path("video");
    assertEquals(resumedAt + requests.get(1).path("bytesSent").asLong(), video.path("bytes").asLong());
    assertEquals(6.0, Mp4Probe.probe(Path.of(video.path("path").asText())).durationSeconds(), 0.05);
  }

  @Test
  void providerFailureEndsTheJobWithTheProvidersCode() throws Exception {
    JsonNode job = http.post("/v1/generations",
        "{\"provider\":\"sim-open-api\",\"prompt\":\"a refused shot [sim:fail]\",\"durationSeconds\":4}");
    JsonNode done = http.awaitJob(job.path("jobId").asText(), Http::terminal);

    assertEquals("FAILED", done.path("status").asText(), done.toString());
    assertEquals("content_moderation", done.path("failure").path("providerCode").asText(), done.toString());
  }

  @Test
  void cancelStopsTheJobAndCancelsAtTheProvider() throws Exception {
    http.post("/sim/admin/faults", "{\"generationSeconds\": 60}");
    try {
      String id = http.post("/v1/generations",
          "{\"provider\":\"sim-open-api\",\"prompt\":\"a long shot to cancel\",\"durationSeconds\":4}")
          .path("jobId").asText();
      JsonNode waiting = http.awaitJob(id, s -> "WAITING".equals(s.path("status").asText()));
      int cancelsBefore = http.get("/sim/admin/stats").path("dialects").path("open-api").path("cancels").asInt();
      http.post("/v1/generations/" + id + "/cancel", "");
      JsonNode done = http.awaitJob(id, Http::terminal);

      assertEquals("CANCELLED", done.path("status").asText(), done.toString());
      assertEquals(cancelsBefore + 1,
          http.get("/sim/admin/stats").path("dialects").path("open-api").path("cancels").asInt());
      assertFalse(waiting.path("providerTaskId").isNull());
    } finally {
      http.post("/sim/admin/faults", "{\"generationSeconds\": 2}");
    }
  }

  @Test
  void noSecretInHistoryLogsOrSearchAttributes() throws Exception {
    String id = http.post("/v1/generations", Files.readString(Path.of("../examples/mountains-at-sunrise.json")))
        .path("jobId").asText();
    http.awaitJob(id, Http::terminal);
    String token = new WebhookTokens(TOKEN_SECRET).token("sim-open-api", id);
    WorkflowClient client = ctx.getBean(WorkflowClient.class);

    String history = HistoryText.of(client.fetchHistory(id).toJson(true));
    String attributes = String.valueOf(client.newUntypedWorkflowStub(id).describe().getTypedSearchAttributes());
    String logs = String.join("\n", LOGS.list.stream().map(ILoggingEvent::getFormattedMessage).toList());

    assertTrue(history.contains("mountains at sunrise"), "the history was really read");
    assertFalse(logs.isEmpty(), "the logs were really captured");
    for (String secret : concat(SECRETS, token)) {
      assertFalse(history.contains(secret), "history holds a secret");
      assertFalse(attributes.contains(secret), "search attributes hold a secret");
      assertFalse(logs.contains(secret), "a log line holds a secret");
    }
  }

  private static List<String> concat(List<String> a, String b) {
    return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).toList();
  }
}
