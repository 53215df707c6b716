package io.seedancerunner.simulator.unified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.HookInbox;
import io.seedancerunner.simulator.support.Sim;
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

/** unified: pending to completed, the task shape, billing, callbacks with retries, cancel. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnifiedFlowTest {

  static final String KEY = "sk-unified-simulator-key";
  static final String SUBMIT = "/sim/unified/v1/videos/generations";
  static final String TASKS = "/sim/unified/v1/tasks/";
  static final String MODEL = "\"model\":\"seedance-2.0-text-to-video\"";

  private Sim sim;
  private HookInbox inbox;

  @BeforeAll
  void start() {
    sim = Sim.start(Map.of("simulator.unified.allow-private-callbacks", true));
    inbox = sim.context().getBean(HookInbox.class);
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
    inbox.refuseNext(0);
  }

  private JsonNode submit(String fields) {
    HttpResponse<String> r = sim.post(SUBMIT, "{" + MODEL + "," + fields + "}", KEY);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode t = Sim.json(r);
    assertEquals("pending", t.get("status").asText());
    return t;
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
  void aTaskGoesPendingProcessingCompletedInTheDocumentedShape() {
    sim.faults("{\"generationSeconds\":2}");
    JsonNode created = submit("\"prompt\":\"a glass frog\",\"duration\":4,\"quality\":\"480p\",\"aspect_ratio\":\"1:1\"");
    String id = created.get("id").asText();
    assertTrue(id.matches("task-unified-\\d{10}-[0-9a-f]+"), id);
    assertEquals("video.generation.task", created.get("object").asText());
    assertEquals("seedance-2.0-text-to-video", created.get("model").asText());
    assertEquals("video", created.get("type").asText());
    assertEquals(0, created.get("progress").asInt());
    assertEquals(0, created.get("results").size());
    assertTrue(created.get("task_info").get("can_cancel").asBoolean());
    assertEquals(2, created.get("task_info").get("estimated_time").asInt(), "whole seconds left");
    assertEquals(4, created.get("task_info").get("video_duration").asInt());
    assertEquals("per_second", created.get("usage").get("billing_rule").asText());
    assertEquals(40, created.get("usage").get("credits_reserved").asInt(), "480p: 10 credits per second (chosen)");
    assertEquals("default", created.get("usage").get("user_group").asText());
    assertNull(created.get("error"), "error only when failed");
    assertTrue(created.get("created").isIntegralNumber());

    Set<String> seen = new LinkedHashSet<>();
    JsonNode done = Sim.await("completed", Duration.ofSeconds(20), () -> {
      JsonNode t = task(id);
      seen.add(t.get("status").asText());
      return t;
    }, t -> t.get("status").asText().equals("completed"));
    assertTrue(seen.containsAll(Set.of("processing", "completed")), seen.toString());
    assertEquals(100, done.get("progress").asInt());
    assertEquals(sim.base() + "/sim/files/" + id + ".mp4", done.get("results").get(0).asText());
    assertFalse(done.get("task_info").get("can_cancel").asBoolean());
    assertEquals(0, done.get("task_info").get("estimated_time").asInt());
    assertEquals(40, done.get("usage").get("credits_reserved").asInt());
  }

  @Test
  void defaultsAreFiveSeconds720p() {
    JsonNode t = submit("\"prompt\":\"defaults\"");
    assertEquals(5, t.get("task_info").get("video_duration").asInt());
    assertEquals(100, t.get("usage").get("credits_reserved").asInt(), "720p 5 s: 20 x 5");
  }

  @Test
  void theContentFilterOffIsBilledOnePointOneTimes() {
    assertEquals(110, submit("\"prompt\":\"relaxed\",\"content_filter\":false").get("usage").get("credits_reserved").asInt());
    assertEquals(100, submit("\"prompt\":\"strict\",\"content_filter\":true").get("usage").get("credits_reserved").asInt());
    assertEquals(600, submit("\"prompt\":\"big\",\"quality\":\"1080p\",\"duration\":\"15\",\"aspect_ratio\":\"adaptive\","
        + "\"generate_audio\":false,\"model_params\":{\"web_search\":true}").get("usage").get("credits_reserved").asInt());
  }

  @Test
  void theCallbackCarriesTheTaskQueryFormatAndIsRetried() {
    inbox.refuseNext(1);
    String id = submit("\"prompt\":\"call me\",\"duration\":4,\"quality\":\"480p\",\"callback_url\":\""
        + sim.base() + "/test-hooks/unified-done\"").get("id").asText();
    HookInbox.Received hook = Sim.await("callback", Duration.ofSeconds(20), () -> inbox.named("unified-done"),
        l -> !l.isEmpty()).get(0);
    JsonNode payload = Sim.json(hook.body());
    assertEquals(id, payload.get("id").asText());
    assertEquals("completed", payload.get("status").asText());
    JsonNode now = task(id);
    assertEquals(now.get("results"), payload.get("results"));
    assertEquals(now.get("usage"), payload.get("usage"));
    assertEquals(now.get("object"), payload.get("object"));
    JsonNode counts = Sim.await("counters", Duration.ofSeconds(5), () -> sim.stats().get("dialects").get("unified"),
        c -> c.get("webhooksSent").asInt() == 1);
    assertEquals(2, counts.get("webhookAttempts").asInt(), "refused once, retried");
  }

  @Test
  void failedTasksCarryAnErrorReleaseTheirCreditsAndCallBack() {
    long before = sim.stats().get("credits").get("unified").asLong();
    String id = submit("\"prompt\":\"[sim:fail]\",\"duration\":4,\"callback_url\":\"" + sim.base()
        + "/test-hooks/unified-failed\"").get("id").asText();
    JsonNode failed = until(id, "failed");
    assertEquals("content_policy_violation", failed.get("error").get("code").asText());
    assertFalse(failed.get("error").get("message").asText().isBlank());
    assertEquals(0, failed.get("results").size());
    assertEquals(0, failed.get("usage").get("credits_reserved").asInt());
    JsonNode hook = Sim.json(Sim.await("callback", Duration.ofSeconds(10), () -> inbox.named("unified-failed"),
        l -> !l.isEmpty()).get(0).body());
    assertEquals("failed", hook.get("status").asText());
    Sim.await("refund", Duration.ofSeconds(5), () -> sim.stats().get("credits").get("unified").asLong(), c -> c == before);
  }

  @Test
  void cancelEndsAPendingTaskCallsBackAndRefunds() {
    sim.faults("{\"generationSeconds\":30}");
    long before = sim.stats().get("credits").get("unified").asLong();
    String id = submit("\"prompt\":\"stop me\",\"duration\":4,\"callback_url\":\"" + sim.base()
        + "/test-hooks/unified-cancel\"").get("id").asText();
    HttpResponse<String> r = sim.post(TASKS + id + "/cancel", "", KEY);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode cancelled = Sim.json(r);
    assertEquals("cancelled", cancelled.get("status").asText());
    assertFalse(cancelled.get("task_info").get("can_cancel").asBoolean());
    assertEquals("cancelled", task(id).get("status").asText());
    assertEquals(200, sim.post(TASKS + id + "/cancel", "", KEY).statusCode(), "cancelling again is harmless");
    JsonNode hook = Sim.json(Sim.await("callback", Duration.ofSeconds(10), () -> inbox.named("unified-cancel"),
        l -> !l.isEmpty()).get(0).body());
    assertEquals("cancelled", hook.get("status").asText());
    Sim.await("refund", Duration.ofSeconds(5), () -> sim.stats().get("credits").get("unified").asLong(), c -> c == before);
    assertEquals(2, sim.stats().get("dialects").get("unified").get("cancels").asInt());
  }

  @Test
  void aFinishedTaskCannotBeCancelled() {
    String id = submit("\"prompt\":\"too late\",\"duration\":4,\"quality\":\"480p\"").get("id").asText();
    until(id, "completed");
    HttpResponse<String> r = sim.post(TASKS + id + "/cancel", "", KEY);
    UnifiedErrorsTest.assertError(r, 400, "invalid_request_error");
    assertEquals("completed", task(id).get("status").asText());
  }

  @Test
  void anEarlyWebhookClaimsCompletionWhileTheTaskStillRuns() {
    sim.faults("{\"earlyWebhooks\":1,\"dialect\":\"unified\",\"generationSeconds\":3}");
    String id = submit("\"prompt\":\"early\",\"duration\":4,\"quality\":\"480p\",\"callback_url\":\"" + sim.base()
        + "/test-hooks/unified-early\"").get("id").asText();
    HookInbox.Received forged = Sim.await("forged", Duration.ofSeconds(5), () -> inbox.named("unified-early"),
        l -> !l.isEmpty()).get(0);
    assertEquals("completed", Sim.json(forged.body()).get("status").asText());
    assertFalse(task(id).get("status").asText().equals("completed"), "the status endpoint tells the truth");
  }
}
