package io.seedancerunner.simulator.ark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ark: every error code the simulator answers, with its status, type, param and shape. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArkErrorsTest {

  private static final String M = ArkSim.MODEL;
  private static final String TEXT = "{\"type\":\"text\",\"text\":\"x\"}";

  private ArkSim ark;

  @BeforeAll
  void start() {
    ark = ArkSim.start(Map.of("simulator.ark.unopened-models", ArkModels.SEEDANCE_2_0_FAST));
  }

  @AfterAll
  void stop() {
    ark.close();
  }

  @BeforeEach
  void reset() {
    ark.sim.reset();
  }

  private static JsonNode assertError(HttpResponse<String> r, int status, String code, String type) {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode e = Sim.json(r).get("error");
    assertEquals(code, e.get("code").asText(), r.body());
    assertEquals(type, e.get("type").asText(), r.body());
    assertTrue(e.get("message").asText().contains("Request id: "), r.body());
    assertTrue(e.has("param"), r.body());
    return e;
  }

  @Test
  void missingOrWrongKeyIsAuthenticationError() {
    assertError(ark.sim.post(ArkSim.TASKS, ArkSim.text("x"), null), 401, "AuthenticationError", "Unauthorized");
    assertError(ark.sim.post(ArkSim.TASKS, ArkSim.text("x"), "wrong"), 401, "AuthenticationError", "Unauthorized");
    assertError(ark.sim.get(ArkSim.TASKS + "/cgt-x", "wrong"), 401, "AuthenticationError", "Unauthorized");
    assertError(ark.sim.get(ArkSim.TASKS, null), 401, "AuthenticationError", "Unauthorized");
    assertError(ark.sim.send(HttpRequest.newBuilder(URI.create(ark.sim.base() + ArkSim.TASKS + "/cgt-x")).DELETE().build()),
        401, "AuthenticationError", "Unauthorized");
    JsonNode counts = ark.sim.stats().get("dialects").get("ark");
    assertEquals(2, counts.get("submitsAttempted").asInt());
    assertEquals(0, counts.get("submitsAccepted").asInt());
  }

  @Test
  void rateLimitedIs429WithRetryAfterOnEveryEndpoint() {
    ark.sim.faults("{\"rateLimited\":3,\"retryAfterSeconds\":4,\"dialect\":\"ark\"}");
    for (HttpResponse<String> r : new HttpResponse[] {
        ark.create(ArkSim.text("x")), ark.get("cgt-x"), ark.list("")}) {
      assertError(r, 429, "RateLimitExceeded.EndpointRPMExceeded", "TooManyRequests");
      assertEquals("4", r.headers().firstValue("Retry-After").orElseThrow());
    }
    assertEquals(0, ark.sim.stats().get("tasks").asInt());
    assertEquals(200, ark.create(ArkSim.text("x")).statusCode(), "the fault is used up");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not json | 400 | InvalidParameter | ''",
      "{} | 400 | MissingParameter | model",
      "{\"model\":42,\"content\":[" + TEXT + "]} | 400 | InvalidParameter | model",
      "{\"model\":\"" + M + "\"} | 400 | MissingParameter | content",
      "{\"model\":\"" + M + "\",\"content\":[]} | 400 | InvalidParameter | content",
      "{\"model\":\"" + M + "\",\"content\":[{\"type\":\"draft_task\",\"draft_task\":{\"id\":\"x\"}}]} | 400 | InvalidParameter | content.type",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "," + TEXT + "]} | 400 | InvalidParameter | content",
      "{\"model\":\"" + M + "\",\"content\":[{\"type\":\"text\",\"text\":\"  \"}]} | 400 | InvalidParameter | content",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + ",{\"type\":\"image_url\",\"image_url\":{\"url\":\"ftp://x/y.png\"},\"role\":\"first_frame\"}]} | 400 | InvalidParameter | content.image_url",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + ",{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/y.png\"},\"role\":\"last_frame\"}]} | 400 | InvalidParameter | content.role",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + ",{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/f.png\"},\"role\":\"first_frame\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/r.png\"},\"role\":\"reference_image\"}]} | 400 | InvalidParameter | content.role",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + ",{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"https://x/a.wav\"},\"role\":\"reference_audio\"}]} | 400 | InvalidParameter | content",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + ",{\"type\":\"video_url\",\"video_url\":{\"url\":\"https://x/v.mp4\"}}]} | 400 | InvalidParameter | content.role",
      "{\"model\":\"" + ArkModels.SEEDANCE_1_5_PRO + "\",\"content\":[" + TEXT + ",{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/r.png\"},\"role\":\"reference_image\"}]} | 400 | InvalidParameter | content.role",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"duration\":3} | 400 | InvalidParameter | duration",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"duration\":16} | 400 | InvalidParameter | duration",
      "{\"model\":\"" + ArkModels.SEEDANCE_1_5_PRO + "\",\"content\":[" + TEXT + "],\"duration\":13} | 400 | InvalidParameter | duration",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"resolution\":\"4k\"} | 400 | InvalidParameter | resolution",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"ratio\":\"9:21\"} | 400 | InvalidParameter | ratio",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"seed\":-2} | 400 | InvalidParameter | seed",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"seed\":4294967296} | 400 | InvalidParameter | seed",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"service_tier\":\"priority\"} | 400 | InvalidParameter | service_tier",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"service_tier\":\"flex\"} | 400 | InvalidParameter | service_tier",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"camera_fixed\":true} | 400 | InvalidParameter | camera_fixed",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"execution_expires_after\":3599} | 400 | InvalidParameter | execution_expires_after",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"execution_expires_after\":259201} | 400 | InvalidParameter | execution_expires_after",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"generate_audio\":\"yes\"} | 400 | InvalidParameter | generate_audio",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"callback_url\":\"not a url\"} | 400 | InvalidParameter | callback_url",
      "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "],\"frames\":121} | 400 | InvalidParameter | frames",
      "{\"model\":\"seedance-9\",\"content\":[" + TEXT + "]} | 404 | InvalidEndpointOrModel.NotFound | model",
      "{\"model\":\"" + ArkModels.SEEDANCE_2_0_FAST + "\",\"content\":[" + TEXT + "]} | 404 | ModelNotOpen | model"})
  void badCreatesAreRefusedAndMakeNoTask(String body, int status, String code, String param) {
    JsonNode e = assertError(ark.create(body), status, code, status == 400 ? "BadRequest" : "NotFound");
    assertEquals(param, e.get("param").asText());
    assertEquals(0, ark.sim.stats().get("tasks").asInt());
  }

  @Test
  void optionsTheOlderModelTakesAreAccepted() {
    String id = ark.createOk("{\"model\":\"" + ArkModels.SEEDANCE_1_5_PRO + "\",\"content\":[" + TEXT + "],"
        + "\"service_tier\":\"flex\",\"camera_fixed\":\"true\",\"watermark\":true,\"seed\":\"42\",\"duration\":\"12\","
        + "\"resolution\":\"1080p\",\"ratio\":\"21:9\",\"generate_audio\":false,\"execution_expires_after\":3600}");
    JsonNode t = ark.task(id);
    assertEquals("flex", t.get("service_tier").asText());
    assertTrue(t.get("camera_fixed").asBoolean());
    assertTrue(t.get("watermark").asBoolean());
    assertEquals(42, t.get("seed").asLong());
    assertEquals(12, t.get("duration").asInt());
    assertEquals("21:9", t.get("ratio").asText());
    assertFalse(t.get("generate_audio").asBoolean());
    assertEquals(3600, t.get("execution_expires_after").asInt());
  }

  @Test
  void submitErrorsFaultIsInternalServiceError() {
    ark.sim.faults("{\"submitErrors\":1}");
    assertError(ark.create(ArkSim.text("x")), 500, "InternalServiceError", "InternalServerError");
    assertEquals(0, ark.sim.stats().get("tasks").asInt());
  }

  @Test
  void shortCreditsAreAccountOverdue() {
    ark.sim.faults("{\"dialect\":\"ark\",\"credits\":1000}");
    assertError(ark.create(ArkSim.text("x")), 403, "AccountOverdueError", "Forbidden");
  }

  @Test
  void unknownTaskIsResourceNotFound() {
    assertEquals("id", assertError(ark.get("cgt-missing"), 404, "ResourceNotFound", "NotFound").get("param").asText());
    assertError(ark.delete("cgt-missing"), 404, "ResourceNotFound", "NotFound");
    String other = Sim.json(ark.sim.post("/sim/open-api/api/open/v1/video/generations",
        "{\"prompt\":\"x\",\"duration\":4}", Sim.OPEN_API_KEY)).get("requestId").asText();
    assertError(ark.get(other), 404, "ResourceNotFound", "NotFound");
  }
}
