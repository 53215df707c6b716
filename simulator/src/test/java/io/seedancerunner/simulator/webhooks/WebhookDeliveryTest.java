package io.seedancerunner.simulator.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.HookInbox;
import io.seedancerunner.simulator.support.Sim;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Retries after failed deliveries, and forged early callbacks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryTest {

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
    inbox.refuseNext(0);
  }

  @Test
  void aRefusedCallbackIsRetriedAfterOneThenTwoSeconds() {
    inbox.refuseNext(2);
    long submitted = System.currentTimeMillis();
    sim.post("/sim/open-api/api/open/v1/video/generations", "{\"prompt\":\"retry\",\"resolution\":\"480p\",\"duration\":4,"
        + "\"webhookUrl\":\"" + sim.base() + "/test-hooks/retry\"}", Sim.OPEN_API_KEY);
    HookInbox.Received hook = Sim.await("delivery", Duration.ofSeconds(15), () -> inbox.named("retry"), l -> !l.isEmpty()).get(0);
    // done after ~1 s, then refused twice: delivered no sooner than 1 + 1 + 2 s after submit
    assertTrue(hook.atMillis() - submitted >= 3900, "delivered after " + (hook.atMillis() - submitted) + " ms");
    JsonNode counts = Sim.await("counters", Duration.ofSeconds(5), () -> sim.stats().get("dialects").get("open-api"),
        c -> c.get("webhooksSent").asInt() == 1);
    assertEquals(3, counts.get("webhookAttempts").asInt());
    assertEquals(0, counts.get("webhooksFailed").asInt());
    assertEquals(1, inbox.named("retry").size());
  }

  @Test
  void anEarlyWebhookClaimsSuccessWhileTheTaskIsStillProcessing() {
    sim.faults("{\"earlyWebhooks\":1,\"dialect\":\"seedanceapi\",\"generationSeconds\":3}");
    String id = Sim.json(sim.post("/sim/seedanceapi/v1/generate", "{\"prompt\":\"early\",\"resolution\":\"480p\","
        + "\"duration\":\"4\",\"callback_url\":\"" + sim.base() + "/test-hooks/early\"}", Sim.SEEDANCEAPI_KEY))
        .get("data").get("task_id").asText();
    HookInbox.Received forged = Sim.await("forged", Duration.ofSeconds(5), () -> inbox.named("early"), l -> !l.isEmpty()).get(0);
    assertEquals("SUCCESS", Sim.json(forged.body()).get("data").get("status").asText());
    JsonNode truth = Sim.json(sim.get("/sim/seedanceapi/v1/status?task_id=" + id, Sim.SEEDANCEAPI_KEY)).get("data");
    assertEquals("IN_PROGRESS", truth.get("status").asText(), "the status endpoint tells the truth");
    assertEquals(404, sim.get("/sim/files/" + id + ".mp4", null).statusCode(), "no file yet");

    List<HookInbox.Received> both = Sim.await("real callback", Duration.ofSeconds(10), () -> inbox.named("early"), l -> l.size() == 2);
    assertEquals("SUCCESS", Sim.json(both.get(1).body()).get("data").get("status").asText());
    assertEquals(2, sim.stats().get("dialects").get("seedanceapi").get("webhooksSent").asInt());
  }

  @Test
  void resetForgetsPendingRetries() throws Exception {
    inbox.refuseNext(1);
    sim.post("/sim/open-api/api/open/v1/video/generations", "{\"prompt\":\"forget\",\"resolution\":\"480p\",\"duration\":4,"
        + "\"webhookUrl\":\"" + sim.base() + "/test-hooks/forget\"}", Sim.OPEN_API_KEY);
    Sim.await("first attempt", Duration.ofSeconds(10),
        () -> sim.stats().get("dialects").get("open-api").get("webhookAttempts").asInt(), n -> n == 1);
    sim.reset();
    Thread.sleep(1500);
    assertTrue(inbox.named("forget").isEmpty(), "the retry was dropped");
    assertEquals(0, sim.stats().get("dialects").get("open-api").get("webhookAttempts").asInt());
  }
}
