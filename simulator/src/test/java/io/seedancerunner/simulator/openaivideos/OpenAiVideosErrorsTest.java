package io.seedancerunner.simulator.openaivideos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * openai-videos errors: business failures are HTTP 200 with only {@code {"error":{"message",
 * "type","code"}}} (seed 002); auth 401, rate limit 429 with Retry-After, internal error 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiVideosErrorsTest {

  private static final String KEY = OpenAiVideosFlowTest.KEY;
  private static final String VIDEOS = OpenAiVideosFlowTest.V1 + "/videos";
  private static final String OK = "{\"model\":\"seedance-2.0\",\"prompt\":\"a boat\",\"duration\":4,"
      + "\"metadata\":{\"resolution\":\"480p\"}}";

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

  private static JsonNode assertError(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode j = Sim.json(r);
    assertEquals(List.of("error"), List.copyOf(iterable(j.fieldNames())), "no receipt fields beside the error: " + r.body());
    assertEquals(code, j.at("/error/code").asText(), r.body());
    assertTrue(j.at("/error/type").asText().length() > 3, r.body());
    assertTrue(j.at("/error/message").asText().length() > 5, r.body());
    return j;
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      "not json",
      "[1]",
      "{\"model\":7,\"prompt\":\"x\"}",
      "{\"model\":\"seedance-2.0\"}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"   \"}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":[]}",
      "{\"model\":\"seedance-2.0-fast\",\"prompt\":\"x\",\"metadata\":{\"resolution\":\"1080p\"}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"resolution\":\"4k\"}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"duration\":3}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"duration\":16}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"seconds\":\"eight\"}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"duration\":20}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"ratio\":\"2:1\"}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"ratio\":\"9:21\"}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"service_tier\":\"flex\"}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"seed\":4294967296}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"seed\":-2}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"watermark\":\"maybe\"}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"execution_expires_after\":0}}",
      "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"metadata\":{\"callback_url\":\"ftp://hooks.example/x\"}}",
      "{\"model\":\"seedance-2.0\",\"image\":\"not a url\"}",
      "{\"model\":\"seedance-2.0\",\"images\":\"https://img.example/a.png\"}",
      "{\"model\":\"seedance-2.0\",\"metadata\":{\"content\":{}}}",
      "{\"model\":\"seedance-2.0\",\"metadata\":{\"content\":[{\"type\":\"pdf_url\"}]}}",
      "{\"model\":\"seedance-2.0\",\"metadata\":{\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://i.example/a.png\"},\"role\":\"middle_frame\"}]}}",
      "{\"model\":\"seedance-2.0\",\"metadata\":{\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://i.example/a.png\"}},"
          + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://i.example/b.png\"},\"role\":\"last_frame\"}]}}",
      "{\"model\":\"seedance-2.0\",\"image\":\"https://i.example/a.png\",\"metadata\":{\"content\":["
          + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://i.example/b.png\"},\"role\":\"first_frame\"}]}}",
      "{\"model\":\"seedance-2.0\",\"metadata\":{\"content\":[{\"type\":\"video_url\",\"video_url\":{\"url\":\"file:///etc/passwd\"}}]}}",
      "{\"model\":\"seedance-2.0\",\"metadata\":{\"content\":[{\"type\":\"audio_url\"}]}}"})
  void invalidBodiesAreBusinessFailuresInA200(String body) {
    assertError(sim.post(VIDEOS, body, KEY), 200, "invalid_request");
    assertEquals(0, sim.stats().at("/dialects/openai-videos/submitsAccepted").asInt());
  }

  @Test
  void tooManyInputsAreRefused() {
    StringBuilder images = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      images.append(i == 0 ? "" : ",").append("\"https://img.example/").append(i).append(".png\"");
    }
    assertError(sim.post(VIDEOS, "{\"model\":\"seedance-2.0\",\"images\":[" + images + "]}", KEY), 200, "invalid_request");
    String video = "{\"type\":\"video_url\",\"video_url\":{\"url\":\"https://v.example/a.mp4\"}}";
    assertError(sim.post(VIDEOS, "{\"model\":\"seedance-2.0\",\"metadata\":{\"content\":[" + String.join(",", video, video, video, video)
        + "]}}", KEY), 200, "invalid_request");
  }

  @Test
  void unknownModelIsModelNotFound() {
    assertError(sim.post(VIDEOS, "{\"model\":\"sora-2\",\"prompt\":\"x\"}", KEY), 200, "model_not_found");
  }

  @Test
  void insufficientCreditsIsAQuotaErrorInA200() {
    sim.faults("{\"dialect\":\"openai-videos\",\"credits\":3}");
    assertError(sim.post(VIDEOS, OK, KEY), 200, "insufficient_quota");
    assertEquals(0, sim.stats().get("tasks").asInt());
  }

  @Test
  void unknownTaskIsTaskNotFoundInA200() {
    assertError(sim.get(VIDEOS + "/task_missing", KEY), 200, "task_not_found");
    assertError(sim.get(OpenAiVideosFlowTest.V1 + "/video/generations/task_missing", KEY), 200, "task_not_found");
  }

  @Test
  void aWrongKeyIs401Everywhere() {
    assertError(sim.post(VIDEOS, OK, "sk-wrong"), 401, "invalid_api_key");
    assertError(sim.post(VIDEOS, OK, null), 401, "invalid_api_key");
    assertError(sim.get(VIDEOS + "/task_x", "sk-wrong"), 401, "invalid_api_key");
    assertError(sim.get(VIDEOS + "/task_x/content", null), 401, "invalid_api_key");
    assertEquals(1, sim.stats().at("/dialects/openai-videos/statusCalls").asInt());
  }

  @Test
  void rateLimitIs429WithRetryAfter() {
    sim.faults("{\"dialect\":\"openai-videos\",\"rateLimited\":2,\"retryAfterSeconds\":7}");
    HttpResponse<String> submit = sim.post(VIDEOS, OK, KEY);
    assertError(submit, 429, "rate_limit_exceeded");
    assertEquals("7", submit.headers().firstValue("Retry-After").orElse(""));
    HttpResponse<String> status = sim.get(VIDEOS + "/task_x", KEY);
    assertError(status, 429, "rate_limit_exceeded");
    assertEquals(200, sim.post(VIDEOS, OK, KEY).statusCode(), "two only");
  }

  @Test
  void submitErrorsAre500WithoutATask() {
    sim.faults("{\"submitErrors\":1}");
    assertError(sim.post(VIDEOS, OK, KEY), 500, "internal_error");
    assertEquals(0, sim.stats().get("tasks").asInt());
  }
}
