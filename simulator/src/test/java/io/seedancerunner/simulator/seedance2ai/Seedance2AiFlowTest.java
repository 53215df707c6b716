package io.seedancerunner.simulator.seedance2ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** seedance2ai: the three modes, processing to completed, output fields, refunds, the last frame. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seedance2AiFlowTest {

  static final String KEY = "sk_live_simulator_seedance2ai";
  static final String SUBMIT = "/sim/seedance2ai/api/v1/video/seedance2";
  static final String TASKS = "/sim/seedance2ai/api/v1/tasks/";

  private Sim sim;

  @BeforeAll
  void start() {
    sim = Sim.start(Map.of("simulator.seedance2ai.rate-limit-requests", 0));
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private JsonNode submit(String body) {
    HttpResponse<String> r = sim.post(SUBMIT, body, KEY);
    assertEquals(202, r.statusCode(), r.body());
    JsonNode j = Sim.json(r);
    assertEquals("processing", j.get("status").asText());
    assertEquals("seedance2", j.get("model").asText());
    assertTrue(j.get("id").asText().startsWith("sd2_"), j.toString());
    return j;
  }

  private JsonNode task(String id) {
    HttpResponse<String> r = sim.get(TASKS + id, KEY);
    assertEquals(200, r.statusCode(), r.body());
    return Sim.json(r);
  }

  private JsonNode until(String id, String status) {
    return Sim.await(status, Duration.ofSeconds(20), () -> task(id), t -> t.get("status").asText().equals(status));
  }

  @Test
  void textToVideoIsProcessingThenCompletedWithTheSeedsShape() {
    JsonNode receipt = submit("{\"mode\":\"text-to-video\",\"quality_tier\":\"standard\",\"prompt\":\"a glass train\","
        + "\"aspect_ratio\":\"16:9\",\"duration\":\"5\",\"resolution\":\"720p\"}");
    assertEquals("standard", receipt.get("quality_tier").asText());
    assertEquals("standard", receipt.get("channel").asText());
    assertEquals(30, receipt.get("credits_used").asInt(), "the seed's example: standard 720p 5 s = 30 credits");
    String id = receipt.get("id").asText();
    Set<String> seen = new LinkedHashSet<>();
    JsonNode done = Sim.await("completed", Duration.ofSeconds(20), () -> {
      JsonNode t = task(id);
      seen.add(t.get("status").asText());
      return t;
    }, t -> t.get("status").asText().equals("completed"));
    assertEquals(Set.of("processing", "completed"), seen);
    assertEquals(30, done.get("credits_used").asInt());
    assertEquals(0, done.get("credits_refunded").asInt());
    assertTrue(done.get("error").isNull());
    JsonNode output = done.get("output");
    assertEquals(sim.base() + "/sim/files/" + id + ".mp4", output.get("video_url").asText());
    assertEquals(sim.base() + "/sim/seedance2ai/frames/" + id + ".png", output.get("last_frame_url").asText());
    assertTrue(output.get("seed").isIntegralNumber());
    assertTrue(done.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    assertTrue(done.get("updated_at").asText().compareTo(done.get("created_at").asText()) >= 0);
  }

  @Test
  void processingHasNoOutputYet() {
    sim.faults("{\"generationSeconds\":5}");
    JsonNode t = task(submit("{\"prompt\":\"slow one\",\"duration\":\"4\"}").get("id").asText());
    assertEquals("processing", t.get("status").asText());
    assertTrue(t.get("output").isNull());
    assertTrue(t.get("error").isNull());
  }

  @Test
  void defaultsAreStandardTextToVideo720pFiveSeconds() {
    JsonNode receipt = submit("{\"prompt\":\"defaults\"}");
    assertEquals("standard", receipt.get("quality_tier").asText());
    assertEquals(30, receipt.get("credits_used").asInt(), "720p 5 s on standard");
  }

  @Test
  void imageToVideoWithEndFrameAndSeedEchoesTheSeed() {
    JsonNode receipt = submit("{\"mode\":\"image-to-video\",\"quality_tier\":\"pro\",\"prompt\":\"the cat turns\","
        + "\"image_url\":\"https://img.example/first.png\",\"end_image_url\":\"https://img.example/last.png\","
        + "\"duration\":4,\"resolution\":\"720p\",\"seed\":123,\"fixed_lens\":true,\"generate_audio\":false}");
    assertEquals("pro", receipt.get("quality_tier").asText());
    assertEquals(40, receipt.get("credits_used").asInt(), "pro 720p: 10 credits per second (chosen)");
    JsonNode done = until(receipt.get("id").asText(), "completed");
    assertEquals(123, done.get("output").get("seed").asLong());
  }

  @Test
  void mediaToVideoTakesImagesAndVideosAndMiniCostsLess() {
    JsonNode receipt = submit("{\"mode\":\"media-to-video\",\"quality_tier\":\"mini\",\"prompt\":\"use the references\","
        + "\"media_urls\":[\"https://img.example/a.png\",\"https://cdn.example/clip.mp4\"],\"duration\":\"4\"}");
    assertEquals(16, receipt.get("credits_used").asInt(), "mini 720p: 4 credits per second (chosen)");
    until(receipt.get("id").asText(), "completed");
  }

  @Test
  void proAloneOffers4kAnd1080pPlus() {
    assertEquals(160, submit("{\"quality_tier\":\"pro\",\"prompt\":\"sharp\",\"resolution\":\"4k\",\"duration\":\"4\"}")
        .get("credits_used").asInt());
    assertEquals(120, submit("{\"quality_tier\":\"pro\",\"prompt\":\"sharp\",\"resolution\":\"1080p-plus\",\"duration\":\"4\"}")
        .get("credits_used").asInt());
    assertEquals(400, sim.post(SUBMIT, "{\"prompt\":\"sharp\",\"resolution\":\"4k\"}", KEY).statusCode());
  }

  @Test
  void failedTasksAreRefunded() {
    long before = sim.stats().get("credits").get("seedance2ai").asLong();
    JsonNode receipt = submit("{\"prompt\":\"please [sim:fail]\",\"duration\":\"4\"}");
    JsonNode failed = until(receipt.get("id").asText(), "failed");
    assertEquals(24, failed.get("credits_used").asInt());
    assertEquals(24, failed.get("credits_refunded").asInt(), "failed tasks are refunded (seed 003)");
    assertEquals("content_policy_violation", failed.get("error").get("code").asText());
    assertFalse(failed.get("error").get("message").asText().isBlank());
    assertTrue(failed.get("output").isNull());
    Sim.await("refund", Duration.ofSeconds(5), () -> sim.stats().get("credits").get("seedance2ai").asLong(), c -> c == before);

    sim.faults("{\"failTasks\":1,\"dialect\":\"seedance2ai\"}");
    JsonNode generation = until(submit("{\"prompt\":\"fails too\",\"duration\":\"4\"}").get("id").asText(), "failed");
    assertEquals("generation_failed", generation.get("error").get("code").asText());
  }

  @Test
  void theLastFrameIsAPngOnceCompleted() throws Exception {
    sim.faults("{\"generationSeconds\":3}");
    String id = submit("{\"prompt\":\"frame\",\"duration\":\"4\"}").get("id").asText();
    assertEquals(404, sim.get("/sim/seedance2ai/frames/" + id + ".png", null).statusCode(), "not before completion");
    String url = until(id, "completed").get("output").get("last_frame_url").asText();
    HttpResponse<byte[]> png = sim.http().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
    assertEquals((byte) 0x89, png.body()[0]);
    assertEquals('P', png.body()[1]);
    assertEquals(404, sim.get("/sim/seedance2ai/frames/sd2_nope.png", null).statusCode());
  }

  @Test
  void theCountersSeeSubmitsAndStatusCalls() {
    String id = submit("{\"prompt\":\"counted\",\"duration\":\"4\"}").get("id").asText();
    task(id);
    task(id);
    JsonNode counts = sim.stats().get("dialects").get("seedance2ai");
    assertEquals(1, counts.get("submitsAttempted").asInt());
    assertEquals(1, counts.get("submitsAccepted").asInt());
    assertEquals(2, counts.get("statusCalls").asInt());
  }
}
