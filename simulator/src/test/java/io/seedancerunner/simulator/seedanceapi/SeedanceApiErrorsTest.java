package io.seedancerunner.simulator.seedanceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** seedanceapi: every documented error code with its HTTP status and {code,message,data} body. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedanceApiErrorsTest {

  private static final String GENERATE = "/sim/seedanceapi/v1/generate";
  private static final String OK_BODY = "{\"prompt\":\"a boat\",\"resolution\":\"480p\",\"duration\":\"4\"}";

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
    assertEquals(code, j.get("code").asText());
    assertTrue(j.get("data").isNull());
    assertTrue(j.get("message").asText().length() > 5);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{}|INVALID_PROMPT",
      "{\"prompt\":\"\"}|INVALID_PROMPT",
      "{\"prompt\":7}|INVALID_PROMPT",
      "not json|INVALID_PROMPT",
      "{\"prompt\":\"x\",\"aspect_ratio\":\"2:1\"}|INVALID_ASPECT_RATIO",
      "{\"prompt\":\"x\",\"aspect_ratio\":169}|INVALID_ASPECT_RATIO",
      "{\"prompt\":\"x\",\"resolution\":\"1080p\"}|INVALID_RESOLUTION",
      "{\"prompt\":\"x\",\"duration\":\"5\"}|INVALID_DURATION",
      "{\"prompt\":\"x\",\"duration\":10}|INVALID_DURATION",
      "{\"prompt\":\"x\",\"duration\":\"eight\"}|INVALID_DURATION",
      "{\"prompt\":\"x\",\"image_urls\":[\"https://a/1.png\",\"https://a/2.png\"]}|TOO_MANY_IMAGES",
      "{\"prompt\":\"x\",\"image_urls\":\"https://a/1.png\"}|TOO_MANY_IMAGES"})
  void badBodiesAre400WithTheSeedsCodes(String body, String code) {
    assertError(sim.post(GENERATE, body, Sim.SEEDANCEAPI_KEY), 400, code);
    assertEquals(0, sim.stats().get("tasks").asInt());
  }

  @Test
  void promptOver2000CharactersIsInvalid() {
    assertError(sim.post(GENERATE, "{\"prompt\":\"" + "y".repeat(2001) + "\"}", Sim.SEEDANCEAPI_KEY), 400, "INVALID_PROMPT");
    assertEquals(200, sim.post(GENERATE, "{\"prompt\":\"" + "y".repeat(2000) + "\",\"duration\":\"4\",\"resolution\":\"480p\"}",
        Sim.SEEDANCEAPI_KEY).statusCode());
  }

  @Test
  void missingOrWrongKeyIs401InvalidApiKey() {
    assertError(sim.post(GENERATE, OK_BODY, null), 401, "INVALID_API_KEY");
    assertError(sim.post(GENERATE, OK_BODY, Sim.OPEN_API_KEY), 401, "INVALID_API_KEY");
    assertError(sim.get("/sim/seedanceapi/v1/status?task_id=x", "nope"), 401, "INVALID_API_KEY");
  }

  @Test
  void shortBalanceIs402InsufficientCredits() {
    sim.faults("{\"credits\":7,\"dialect\":\"seedanceapi\"}");
    assertError(sim.post(GENERATE, OK_BODY, Sim.SEEDANCEAPI_KEY), 402, "INSUFFICIENT_CREDITS");
    assertTrue(sim.stats().get("credits").get("open-api").asLong() > 1000, "the other account is untouched");
  }

  @Test
  void unknownMissingOrForeignTaskIs404() {
    assertError(sim.get("/sim/seedanceapi/v1/status?task_id=seednope", Sim.SEEDANCEAPI_KEY), 404, "TASK_NOT_FOUND");
    assertError(sim.get("/sim/seedanceapi/v1/status", Sim.SEEDANCEAPI_KEY), 404, "TASK_NOT_FOUND");
    String foreign = Sim.json(sim.post("/sim/open-api/api/open/v1/video/generations", "{\"prompt\":\"x\"}",
        Sim.OPEN_API_KEY)).get("requestId").asText();
    assertError(sim.get("/sim/seedanceapi/v1/status?task_id=" + foreign, Sim.SEEDANCEAPI_KEY), 404, "TASK_NOT_FOUND");
  }

  @Test
  void submitErrorsAre500InternalError() {
    sim.faults("{\"submitErrors\":1,\"dialect\":\"seedanceapi\"}");
    assertEquals(200, sim.post("/sim/open-api/api/open/v1/video/generations", "{\"prompt\":\"x\"}",
        Sim.OPEN_API_KEY).statusCode(), "fault restricted to seedanceapi");
    assertError(sim.post(GENERATE, OK_BODY, Sim.SEEDANCEAPI_KEY), 500, "INTERNAL_ERROR");
    assertEquals(200, sim.post(GENERATE, OK_BODY, Sim.SEEDANCEAPI_KEY).statusCode());
  }

  @Test
  void rateLimitedIs429WithRetryAfter() {
    sim.faults("{\"rateLimited\":1}");
    HttpResponse<String> r = sim.get("/sim/seedanceapi/v1/status?task_id=x", Sim.SEEDANCEAPI_KEY);
    assertError(r, 429, "RATE_LIMITED");
    assertEquals("2", r.headers().firstValue("Retry-After").orElse(null), "default Retry-After: 2 s");
  }
}
