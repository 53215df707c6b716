package io.seedancerunner.simulator.seedanceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.HookInbox;
import io.seedancerunner.simulator.support.Sim;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** seedanceapi: text and image input, IN_PROGRESS to SUCCESS, charges, callbacks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedanceApiFlowTest {

  private static final String GENERATE = "/sim/seedanceapi/v1/generate";

  private Sim sim;
  private HookInbox inbox;

  @BeforeAll
  void start() {
    sim = Sim.start();
    inbox = sim.context().getBean(HookInbox.class);
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private String generate(String body) {
    HttpResponse<String> r = sim.post(GENERATE, body, Sim.SEEDANCEAPI_KEY);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = Sim.json(r);
    assertEquals(200, j.get("code").asInt());
    assertEquals("success", j.get("message").asText());
    assertEquals("IN_PROGRESS", j.get("data").get("status").asText());
    return j.get("data").get("task_id").asText();
  }

  private JsonNode status(String id) {
    HttpResponse<String> r = sim.get("/sim/seedanceapi/v1/status?task_id=" + id, Sim.SEEDANCEAPI_KEY);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(200, Sim.json(r).get("code").asInt());
    return Sim.json(r).get("data");
  }

  @Test
  void textToVideoGoesInProgressThenSuccess() {
    String id = generate("{\"prompt\":\"mountains at sunrise\",\"aspect_ratio\":\"16:9\","
        + "\"resolution\":\"480p\",\"duration\":\"4\",\"extra\":1}");
    Set<String> seen = new LinkedHashSet<>();
    JsonNode done = Sim.await("SUCCESS", Duration.ofSeconds(15), () -> {
      JsonNode d = status(id);
      seen.add(d.get("status").asText());
      return d;
    }, d -> d.get("status").asText().equals("SUCCESS"));
    assertEquals(Set.of("IN_PROGRESS", "SUCCESS"), seen);
    assertEquals(id, done.get("task_id").asText());
    assertEquals(8, done.get("consumed_credits").asInt(), "480p 4 s without audio: 8 credits");
    assertEquals(sim.base() + "/sim/files/" + id + ".mp4", done.get("response").get(0).asText());
    assertTrue(done.get("error_message").isNull());
    assertTrue(done.get("created_at").asText().endsWith("Z"));
    JsonNode req = done.get("request");
    assertEquals("mountains at sunrise", req.get("prompt").asText());
    assertEquals("16:9", req.get("aspect_ratio").asText());
    assertEquals("480p", req.get("resolution").asText());
    assertEquals("4", req.get("duration").asText(), "duration echoed as a string");
  }

  @Test
  void inProgressHasNoResultYet() {
    sim.faults("{\"generationSeconds\":5}");
    String id = generate("{\"prompt\":\"x\",\"resolution\":\"480p\",\"duration\":4}");
    JsonNode d = status(id);
    assertEquals("IN_PROGRESS", d.get("status").asText());
    assertEquals(0, d.get("response").size());
    assertTrue(d.get("error_message").isNull());
  }

  @Test
  void imageToVideoWithAudioChargesDoubleAndCallsBack() {
    long before = sim.stats().get("credits").get("seedanceapi").asLong();
    String id = generate("{\"prompt\":\"the character smiles\",\"image_urls\":[\"https://example.com/a.jpg\"],"
        + "\"aspect_ratio\":\"9:21\",\"resolution\":\"480p\",\"duration\":4,\"generate_audio\":true,"
        + "\"fixed_lens\":\"true\",\"callback_url\":\"" + sim.base() + "/test-hooks/sd-image\"}");
    assertEquals(before - 14, sim.stats().get("credits").get("seedanceapi").asLong(), "480p 4 s with audio: 14 credits");
    HookInbox.Received hook = Sim.await("callback", Duration.ofSeconds(15), () -> inbox.named("sd-image"),
        l -> !l.isEmpty()).get(0);
    assertNull(hook.signature(), "seedanceapi callbacks are unsigned");
    JsonNode payload = Sim.json(hook.body());
    assertEquals(200, payload.get("code").asInt());
    JsonNode data = payload.get("data");
    assertEquals(id, data.get("task_id").asText());
    assertEquals("SUCCESS", data.get("status").asText());
    assertEquals(14, data.get("consumed_credits").asInt());
    assertEquals("https://example.com/a.jpg", data.get("request").get("image_urls").get(0).asText());
    assertTrue(data.get("request").get("generate_audio").asBoolean());
    assertTrue(data.get("request").get("fixed_lens").asBoolean());
    assertEquals(status(id).get("response"), data.get("response"), "callback carries the status answer");
  }

  @Test
  void defaultsAreOneToOne720pEightSeconds() {
    String id = generate("{\"prompt\":\"defaults\"}");
    JsonNode req = status(id).get("request");
    assertEquals("1:1", req.get("aspect_ratio").asText());
    assertEquals("720p", req.get("resolution").asText());
    assertEquals("8", req.get("duration").asText());
    assertEquals(28, status(id).get("consumed_credits").asInt(), "720p 8 s: 28 credits");
  }

  @Test
  void failedTasksConsumeNoCreditsAndCallBack() {
    long before = sim.stats().get("credits").get("seedanceapi").asLong();
    sim.faults("{\"failTasks\":1,\"dialect\":\"seedanceapi\"}");
    String id = generate("{\"prompt\":\"x\",\"resolution\":\"480p\",\"duration\":\"12\","
        + "\"callback_url\":\"" + sim.base() + "/test-hooks/sd-failed\"}");
    JsonNode failed = Sim.await("FAILED", Duration.ofSeconds(10), () -> status(id),
        d -> d.get("status").asText().equals("FAILED"));
    assertEquals("generation failed", failed.get("error_message").asText());
    assertEquals(0, failed.get("consumed_credits").asInt());
    assertEquals(0, failed.get("response").size());
    JsonNode hook = Sim.json(Sim.await("callback", Duration.ofSeconds(5), () -> inbox.named("sd-failed"),
        l -> !l.isEmpty()).get(0).body());
    assertEquals("FAILED", hook.get("data").get("status").asText());
    Sim.await("refund", Duration.ofSeconds(5), () -> sim.stats().get("credits").get("seedanceapi").asLong(), c -> c == before);
  }

  @Test
  void simFailMarkerIsAContentPolicyViolation() {
    String id = generate("{\"prompt\":\"[sim:fail]\",\"resolution\":\"480p\",\"duration\":\"4\"}");
    JsonNode failed = Sim.await("FAILED", Duration.ofSeconds(10), () -> status(id),
        d -> d.get("status").asText().equals("FAILED"));
    assertEquals("content policy violation", failed.get("error_message").asText());
  }
}
