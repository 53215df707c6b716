package io.seedancerunner.simulator.seedance2ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** seedance2ai: every code of seed 003's error table, with its HTTP status and {error:{code,message}}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seedance2AiErrorsTest {

  private static final String KEY = Seedance2AiFlowTest.KEY;
  private static final String OTHER_KEY = "sk_live_second_account";
  private static final String SUBMIT = Seedance2AiFlowTest.SUBMIT;
  private static final String TASKS = Seedance2AiFlowTest.TASKS;
  private static final String OK_BODY = "{\"prompt\":\"a boat\",\"duration\":\"4\"}";

  private Sim sim;

  @BeforeAll
  void start() {
    sim = Sim.start(Map.of("simulator.seedance2ai.extra-api-keys", OTHER_KEY,
        "simulator.seedance2ai.rate-limit-requests", 0));
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  static void assertError(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode error = Sim.json(r).get("error");
    assertEquals(code, error.get("code").asText(), r.body());
    assertFalse(error.get("message").asText().isBlank());
  }

  @Test
  void missingWrongOrForeignKeyIs401Unauthorized() {
    assertError(sim.post(SUBMIT, OK_BODY, null), 401, "unauthorized");
    assertError(sim.post(SUBMIT, OK_BODY, "sd2_test_simulator_key"), 401, "unauthorized");
    assertError(sim.get(TASKS + "sd2_x", "sk_live_wrong"), 401, "unauthorized");
    assertEquals(0, sim.stats().get("tasks").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "not json",
      "[1]",
      "{}",
      "{\"prompt\":\"ab\"}",
      "{\"prompt\":7}",
      "{\"prompt\":\"fine\",\"mode\":\"video-to-video\"}",
      "{\"prompt\":\"fine\",\"quality_tier\":\"ultra\"}",
      "{\"prompt\":\"fine\",\"channel\":\"fast\"}",
      "{\"prompt\":\"fine\",\"aspect_ratio\":\"9:21\"}",
      "{\"prompt\":\"fine\",\"duration\":\"3\"}",
      "{\"prompt\":\"fine\",\"duration\":\"16\"}",
      "{\"prompt\":\"fine\",\"duration\":\"five\"}",
      "{\"prompt\":\"fine\",\"resolution\":\"480p\"}",
      "{\"prompt\":\"fine\",\"resolution\":\"1080p-plus\",\"quality_tier\":\"standard\"}",
      "{\"prompt\":\"fine\",\"mode\":\"image-to-video\"}",
      "{\"prompt\":\"fine\",\"mode\":\"image-to-video\",\"image_url\":\"http://img.example/a.png\"}",
      "{\"prompt\":\"fine\",\"image_url\":\"https://img.example/a.png\"}",
      "{\"prompt\":\"fine\",\"mode\":\"image-to-video\",\"end_image_url\":\"https://img.example/a.png\"}",
      "{\"prompt\":\"fine\",\"mode\":\"media-to-video\"}",
      "{\"prompt\":\"fine\",\"mode\":\"media-to-video\",\"media_urls\":\"https://img.example/a.png\"}",
      "{\"prompt\":\"fine\",\"media_urls\":[\"https://img.example/a.png\"]}",
      "{\"prompt\":\"fine\",\"seed\":-2}",
      "{\"prompt\":\"fine\",\"seed\":4294967296}",
      "{\"prompt\":\"fine\",\"seed\":\"twelve\"}",
      "{\"prompt\":\"fine\",\"seed\":5,\"quality_tier\":\"mini\"}",
      "{\"prompt\":\"fine\",\"seed\":5,\"channel\":\"real\"}",
      "{\"prompt\":\"fine\",\"generate_audio\":\"loud\"}",
      "{\"prompt\":\"fine\",\"callback_url\":\"https://hooks.example/x\"}"})
  void badBodiesAre400InvalidRequest(String body) {
    assertError(sim.post(SUBMIT, body, KEY), 400, "invalid_request");
    assertEquals(0, sim.stats().get("tasks").asInt(), "no task created");
  }

  @Test
  void promptLimitsAreThreeToTenThousandCharacters() {
    assertError(sim.post(SUBMIT, "{\"prompt\":\"" + "p".repeat(10001) + "\"}", KEY), 400, "invalid_request");
    assertEquals(202, sim.post(SUBMIT, "{\"prompt\":\"" + "p".repeat(10000) + "\",\"duration\":\"4\"}", KEY).statusCode());
    assertEquals(202, sim.post(SUBMIT, "{\"prompt\":\"abc\",\"duration\":\"4\"}", KEY).statusCode());
  }

  @Test
  void thirteenMediaUrlsAre400AndTwelveAreFine() {
    StringBuilder urls = new StringBuilder();
    for (int i = 0; i < 13; i++) {
      urls.append(i == 0 ? "" : ",").append("\"https://img.example/").append(i).append(".png\"");
    }
    String thirteen = "{\"prompt\":\"refs\",\"mode\":\"media-to-video\",\"duration\":\"4\",\"media_urls\":[" + urls + "]}";
    assertError(sim.post(SUBMIT, thirteen, KEY), 400, "invalid_request");
    String twelve = thirteen.replace(",\"https://img.example/12.png\"", "");
    assertEquals(202, sim.post(SUBMIT, twelve, KEY).statusCode());
  }

  @Test
  void shortBalanceIs402InsufficientCredits() {
    sim.faults("{\"credits\":23,\"dialect\":\"seedance2ai\"}");
    assertError(sim.post(SUBMIT, OK_BODY, KEY), 402, "insufficient_credits");
    assertEquals(23, sim.stats().get("credits").get("seedance2ai").asLong());
    sim.faults("{\"credits\":24,\"dialect\":\"seedance2ai\"}");
    assertEquals(202, sim.post(SUBMIT, OK_BODY, KEY).statusCode(), "720p 4 s standard: 24 credits");
  }

  @Test
  void unknownForeignOrOtherOwnersTaskIs404NotFound() {
    assertError(sim.get(TASKS + "sd2_nope", KEY), 404, "not_found");
    String foreign = Sim.json(sim.post("/sim/seedanceapi/v1/generate", "{\"prompt\":\"x\"}", "sk_test_simulator_key"))
        .get("data").get("task_id").asText();
    assertError(sim.get(TASKS + foreign, KEY), 404, "not_found");
    String mine = Sim.json(sim.post(SUBMIT, OK_BODY, KEY)).get("id").asText();
    assertError(sim.get(TASKS + mine, OTHER_KEY), 404, "not_found");
    assertEquals(200, sim.get(TASKS + mine, KEY).statusCode());
  }

  @Test
  void rateLimitedFaultIs429WithRetryAfter() {
    sim.faults("{\"rateLimited\":1,\"dialect\":\"seedance2ai\",\"retryAfterSeconds\":4}");
    HttpResponse<String> r = sim.post(SUBMIT, OK_BODY, KEY);
    assertError(r, 429, "rate_limited");
    assertEquals("4", r.headers().firstValue("Retry-After").orElse(null));
    assertEquals(0, sim.stats().get("tasks").asInt());
  }

  @Test
  void serviceBusyIs503AndRetryableLater() {
    sim.faults("{\"seedance2aiServiceBusy\":2}");
    assertEquals(2, Sim.json(sim.get("/sim/admin/faults", null)).get("seedance2aiServiceBusy").asInt());
    assertError(sim.post(SUBMIT, OK_BODY, KEY), 503, "service_busy");
    assertError(sim.get(TASKS + "sd2_x", KEY), 503, "service_busy");
    assertEquals(202, sim.post(SUBMIT, OK_BODY, KEY).statusCode());
    assertEquals(1, sim.stats().get("tasks").asInt());
  }

  @Test
  void submitErrorsAre500InternalError() {
    sim.faults("{\"submitErrors\":1,\"dialect\":\"seedance2ai\"}");
    assertError(sim.post(SUBMIT, OK_BODY, KEY), 500, "internal_error");
    assertEquals(0, sim.stats().get("dialects").get("seedance2ai").get("submitsAccepted").asInt());
    assertEquals(202, sim.post(SUBMIT, OK_BODY, KEY).statusCode());
  }

  @Test
  void reusedKeyWithAnotherBodyIs409IdempotencyConflict() {
    assertEquals(202, sim.send(Seedance2AiIdempotencyTest.keyed(sim, "k-409", OK_BODY, KEY)).statusCode());
    assertError(sim.send(Seedance2AiIdempotencyTest.keyed(sim, "k-409", "{\"prompt\":\"another boat\"}", KEY)),
        409, "idempotency_conflict");
  }

  @Test
  void badAdminBodiesAre400() {
    for (String body : new String[] {"{\"seedance2aiServiceBusy\":-1}", "{\"seedance2aiQuota\":5}",
        "{\"seedance2aiQuota\":{\"requests\":-1}}", "{\"seedance2aiQuota\":{\"windowSeconds\":0}}"}) {
      HttpResponse<String> r = sim.post("/sim/admin/faults", body, null);
      assertEquals(400, r.statusCode(), body);
      assertTrue(Sim.json(r).get("error").asText().contains("seedance2ai"), r.body());
    }
  }
}
