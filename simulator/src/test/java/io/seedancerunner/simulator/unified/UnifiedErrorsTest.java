package io.seedancerunner.simulator.unified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** unified: each error with its HTTP status, type and param; the callback rules of seed 004. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnifiedErrorsTest {

  private static final String KEY = UnifiedFlowTest.KEY;
  private static final String SUBMIT = UnifiedFlowTest.SUBMIT;
  private static final String TASKS = UnifiedFlowTest.TASKS;
  private static final String MODEL = UnifiedFlowTest.MODEL;
  private static final String OK_BODY = "{" + MODEL + ",\"prompt\":\"a boat\",\"duration\":4,\"quality\":\"480p\"}";

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

  static JsonNode assertError(HttpResponse<String> r, int status, String type) {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode error = Sim.json(r).get("error");
    assertEquals(status, error.get("code").asInt(), r.body());
    assertEquals(type, error.get("type").asText(), r.body());
    assertFalse(error.get("message").asText().isBlank());
    return error;
  }

  @Test
  void missingOrWrongKeyIs401() {
    assertError(sim.post(SUBMIT, OK_BODY, null), 401, "authentication_error");
    assertError(sim.get(TASKS + "task-unified-1-x", "sk-wrong"), 401, "authentication_error");
    assertError(sim.post(TASKS + "task-unified-1-x/cancel", "", "sk-wrong"), 401, "authentication_error");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "model|{\"prompt\":\"x\"}",
      "model|{\"model\":\"seedance-2.0-image-to-video\",\"prompt\":\"x\"}",
      "prompt|{MODEL}",
      "prompt|{MODEL,\"prompt\":\"  \"}",
      "image_urls|{MODEL,\"prompt\":\"x\",\"image_urls\":[\"https://img.example/a.png\"]}",
      "video_urls|{MODEL,\"prompt\":\"x\",\"video_urls\":[\"https://cdn.example/a.mp4\"]}",
      "audio_urls|{MODEL,\"prompt\":\"x\",\"audio_urls\":[\"https://cdn.example/a.mp3\"]}",
      "duration|{MODEL,\"prompt\":\"x\",\"duration\":3}",
      "duration|{MODEL,\"prompt\":\"x\",\"duration\":16}",
      "quality|{MODEL,\"prompt\":\"x\",\"quality\":\"4k\"}",
      "aspect_ratio|{MODEL,\"prompt\":\"x\",\"aspect_ratio\":\"9:21\"}",
      "generate_audio|{MODEL,\"prompt\":\"x\",\"generate_audio\":\"loud\"}",
      "content_filter|{MODEL,\"prompt\":\"x\",\"content_filter\":3}",
      "model_params|{MODEL,\"prompt\":\"x\",\"model_params\":[1]}",
      "callback_url|{MODEL,\"prompt\":\"x\",\"callback_url\":\"http://hooks.example.com/x\"}",
      "callback_url|{MODEL,\"prompt\":\"x\",\"callback_url\":\"https://127.0.0.1/x\"}",
      "callback_url|{MODEL,\"prompt\":\"x\",\"callback_url\":\"https://10.1.2.3/x\"}",
      "callback_url|{MODEL,\"prompt\":\"x\",\"callback_url\":\"https://172.20.0.1/x\"}",
      "callback_url|{MODEL,\"prompt\":\"x\",\"callback_url\":\"https://192.168.1.1/x\"}",
      "callback_url|{MODEL,\"prompt\":\"x\",\"callback_url\":\"https://localhost/x\"}",
      "callback_url|{MODEL,\"prompt\":\"x\",\"callback_url\":\"https://[::1]/x\"}",
      "callback_url|{MODEL,\"prompt\":\"x\",\"callback_url\":\"not a url\"}"})
  void badBodiesAre400WithTheFieldAsParam(String caseText) {
    String param = caseText.substring(0, caseText.indexOf('|'));
    String body = caseText.substring(caseText.indexOf('|') + 1).replace("MODEL", MODEL);
    JsonNode error = assertError(sim.post(SUBMIT, body, KEY), 400, "invalid_request_error");
    assertEquals(param, error.get("param").asText());
    assertEquals(0, sim.stats().get("tasks").asInt(), "no task created");
  }

  @Test
  void notJsonIs400() {
    assertError(sim.post(SUBMIT, "not json", KEY), 400, "invalid_request_error");
  }

  @Test
  void overlongPromptOrCallbackUrlIs400() {
    assertError(sim.post(SUBMIT, "{" + MODEL + ",\"prompt\":\"" + "p".repeat(5001) + "\"}", KEY), 400, "invalid_request_error");
    String longUrl = "https://hooks.example.com/" + "a".repeat(2048);
    assertError(sim.post(SUBMIT, "{" + MODEL + ",\"prompt\":\"x\",\"callback_url\":\"" + longUrl + "\"}", KEY),
        400, "invalid_request_error");
  }

  @Test
  void aPublicHttpsCallbackIsAccepted() {
    sim.faults("{\"generationSeconds\":600}");
    assertEquals(200, sim.post(SUBMIT, "{" + MODEL + ",\"prompt\":\"x\",\"duration\":4,"
        + "\"callback_url\":\"https://hooks.example.com/video-done\"}", KEY).statusCode());
  }

  @Test
  void shortBalanceIs402() {
    sim.faults("{\"credits\":39,\"dialect\":\"unified\"}");
    assertError(sim.post(SUBMIT, OK_BODY, KEY), 402, "insufficient_quota_error");
    sim.faults("{\"credits\":40,\"dialect\":\"unified\"}");
    assertEquals(200, sim.post(SUBMIT, OK_BODY, KEY).statusCode(), "480p 4 s: 40 credits");
  }

  @Test
  void unknownOrForeignTaskIs404() {
    assertEquals("task_id", assertError(sim.get(TASKS + "task-unified-1-nope", KEY), 404, "not_found_error")
        .get("param").asText());
    assertError(sim.post(TASKS + "task-unified-1-nope/cancel", "", KEY), 404, "not_found_error");
    String foreign = Sim.json(sim.post("/sim/seedanceapi/v1/generate", "{\"prompt\":\"x\"}", "sk_test_simulator_key"))
        .get("data").get("task_id").asText();
    assertError(sim.get(TASKS + foreign, KEY), 404, "not_found_error");
  }

  @Test
  void rateLimitedIs429WithRetryAfter() {
    sim.faults("{\"rateLimited\":1,\"dialect\":\"unified\",\"retryAfterSeconds\":6}");
    HttpResponse<String> r = sim.get(TASKS + "task-unified-1-x", KEY);
    assertError(r, 429, "rate_limit_error");
    assertEquals("6", r.headers().firstValue("Retry-After").orElse(null));
  }

  @Test
  void submitErrorsAre500() {
    sim.faults("{\"submitErrors\":1,\"dialect\":\"unified\"}");
    assertError(sim.post(SUBMIT, OK_BODY, KEY), 500, "internal_server_error");
    assertEquals(200, sim.post(SUBMIT, OK_BODY, KEY).statusCode());
  }
}
