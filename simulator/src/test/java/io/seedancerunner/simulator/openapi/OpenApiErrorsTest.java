package io.seedancerunner.simulator.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** open-api: every documented error code with its HTTP status and shape, and failed tasks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiErrorsTest {

  private static final String SUBMIT = "/sim/open-api/api/open/v1/video/generations";
  private static final String OK_BODY = "{\"prompt\":\"a boat\",\"resolution\":\"480p\",\"duration\":4}";

  private Sim sim;

  @BeforeAll
  void start() {
    sim = Sim.start();
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private static void assertError(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode j = Sim.json(r);
    assertFalse(j.get("success").asBoolean());
    assertEquals(code, j.get("error").get("code").asText());
    assertFalse(j.get("error").get("message").asText().isBlank());
  }

  @Test
  void missingOrWrongKeyIs401() {
    assertError(sim.post(SUBMIT, OK_BODY, null), 401, "unauthorized");
    assertError(sim.post(SUBMIT, OK_BODY, "sd2_wrong"), 401, "unauthorized");
    assertError(sim.get(SUBMIT + "/req_x", "sd2_wrong"), 401, "unauthorized");
    assertError(sim.post(SUBMIT + "/req_x/cancel", "", null), 401, "unauthorized");
    assertEquals("Invalid API key", Sim.json(sim.post(SUBMIT, OK_BODY, null)).get("error").get("message").asText());
    JsonNode counts = sim.stats().get("dialects").get("open-api");
    assertEquals(3, counts.get("submitsAttempted").asInt(), "attempts are counted even when refused");
    assertEquals(0, counts.get("submitsAccepted").asInt());
    assertEquals(1, counts.get("statusCalls").asInt());
    assertEquals(1, counts.get("cancels").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "not json",
      "[1,2]",
      "{}",
      "{\"prompt\":\"   \"}",
      "{\"prompt\":42}",
      "{\"prompt\":\"x\",\"model\":\"seedance-9\"}",
      "{\"prompt\":\"x\",\"duration\":3}",
      "{\"prompt\":\"x\",\"duration\":16}",
      "{\"prompt\":\"x\",\"duration\":\"five\"}",
      "{\"prompt\":\"x\",\"aspectRatio\":\"21:9\"}",
      "{\"prompt\":\"x\",\"resolution\":\"4k\"}",
      "{\"prompt\":\"x\",\"webhookUrl\":\"ftp://host/x\"}",
      "{\"prompt\":\"x\",\"mediaUrls\":\"https://a/b.png\"}",
      "{\"prompt\":\"x\",\"mediaUrls\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}",
      "{\"prompt\":\"x\",\"metadata\":[1]}"})
  void badBodiesAre400InvalidRequest(String body) {
    assertError(sim.post(SUBMIT, body, Sim.OPEN_API_KEY), 400, "invalid_request");
    assertEquals(0, sim.stats().get("tasks").asInt(), "no task created");
  }

  @Test
  void overlongPromptIs400() {
    String prompt = "x".repeat(5001);
    assertError(sim.post(SUBMIT, "{\"prompt\":\"" + prompt + "\"}", Sim.OPEN_API_KEY), 400, "invalid_request");
  }

  @Test
  void shortBalanceIs402AndCreatesNoTask() {
    sim.faults("{\"credits\":19,\"dialect\":\"open-api\"}");
    assertError(sim.post(SUBMIT, OK_BODY, Sim.OPEN_API_KEY), 402, "insufficient_credits");
    assertEquals(19, sim.stats().get("credits").get("open-api").asLong());
    sim.faults("{\"credits\":20}");
    assertEquals(200, sim.post(SUBMIT, OK_BODY, Sim.OPEN_API_KEY).statusCode());
    assertEquals(0, sim.stats().get("credits").get("open-api").asLong());
  }

  @Test
  void unknownOrForeignTaskIs404() {
    assertError(sim.get(SUBMIT + "/req_nope", Sim.OPEN_API_KEY), 404, "not_found");
    assertError(sim.post(SUBMIT + "/req_nope/cancel", "", Sim.OPEN_API_KEY), 404, "not_found");
    HttpResponse<String> other = sim.post("/sim/seedanceapi/v1/generate", "{\"prompt\":\"x\"}", Sim.SEEDANCEAPI_KEY);
    String foreign = Sim.json(other).get("data").get("task_id").asText();
    assertError(sim.get(SUBMIT + "/" + foreign, Sim.OPEN_API_KEY), 404, "not_found");
  }

  @Test
  void rateLimitedIs429WithRetryAfter() {
    sim.faults("{\"rateLimited\":2,\"retryAfterSeconds\":7}");
    HttpResponse<String> first = sim.post(SUBMIT, OK_BODY, Sim.OPEN_API_KEY);
    assertError(first, 429, "rate_limited");
    assertEquals("7", first.headers().firstValue("Retry-After").orElse(null));
    assertError(sim.get(SUBMIT + "/req_x", Sim.OPEN_API_KEY), 429, "rate_limited");
    assertEquals(200, sim.post(SUBMIT, OK_BODY, Sim.OPEN_API_KEY).statusCode(), "only the next 2 requests");
  }

  @Test
  void submitErrorsAre500AndCreateNoTask() {
    sim.faults("{\"submitErrors\":1}");
    assertError(sim.post(SUBMIT, OK_BODY, Sim.OPEN_API_KEY), 500, "internal_error");
    JsonNode stats = sim.stats();
    assertEquals(0, stats.get("tasks").asInt());
    assertEquals(1, stats.get("dialects").get("open-api").get("submitsAttempted").asInt());
    assertEquals(0, stats.get("dialects").get("open-api").get("submitsAccepted").asInt());
    assertEquals(200, sim.post(SUBMIT, OK_BODY, Sim.OPEN_API_KEY).statusCode());
  }

  @Test
  void failTasksEndFailedWithGenerationFailedAndAreRefunded() {
    long before = sim.stats().get("credits").get("open-api").asLong();
    sim.faults("{\"failTasks\":1}");
    String id = Sim.json(sim.post(SUBMIT, OK_BODY, Sim.OPEN_API_KEY)).get("requestId").asText();
    JsonNode failed = Sim.await("failed", Duration.ofSeconds(10),
        () -> Sim.json(sim.get(SUBMIT + "/" + id, Sim.OPEN_API_KEY)), s -> s.get("status").asText().equals("failed"));
    assertEquals("generation_failed", failed.get("error").get("code").asText());
    assertTrue(failed.get("output").isNull());
    Sim.await("refund", Duration.ofSeconds(5), () -> sim.stats().get("credits").get("open-api").asLong(), c -> c == before);
    assertEquals(404, sim.get("/sim/files/" + id + ".mp4", null).statusCode(), "no file for a failed task");
  }

  @Test
  void simFailMarkerGivesAModerationFailure() {
    String id = Sim.json(sim.post(SUBMIT, "{\"prompt\":\"please [sim:fail] now\",\"duration\":4}", Sim.OPEN_API_KEY))
        .get("requestId").asText();
    JsonNode failed = Sim.await("failed", Duration.ofSeconds(10),
        () -> Sim.json(sim.get(SUBMIT + "/" + id, Sim.OPEN_API_KEY)), s -> s.get("status").asText().equals("failed"));
    assertEquals("content_moderation", failed.get("error").get("code").asText());
  }
}
