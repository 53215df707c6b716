package io.seedancerunner.simulator.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.HookInbox;
import io.seedancerunner.simulator.support.Sim;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** open-api: both input modes, every status, webhooks with signature, cancel, models. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiFlowTest {

  private static final String SECRET = "whsec_test_0123456789";
  private static final String SUBMIT = "/sim/open-api/api/open/v1/video/generations";

  private Sim sim;
  private HookInbox inbox;

  @BeforeAll
  void start() {
    sim = Sim.start(Map.of("simulator.open-api.webhook-secret", SECRET));
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

  private JsonNode status(String id) {
    HttpResponse<String> r = sim.get(SUBMIT + "/" + id, Sim.OPEN_API_KEY);
    assertEquals(200, r.statusCode(), r.body());
    return Sim.json(r);
  }

  private String submit(String body) {
    HttpResponse<String> r = sim.post(SUBMIT, body, Sim.OPEN_API_KEY);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = Sim.json(r);
    assertTrue(j.get("success").asBoolean());
    assertEquals("queued", j.get("status").asText());
    assertTrue(j.get("requestId").asText().startsWith("req_"));
    return j.get("requestId").asText();
  }

  @Test
  void textToVideoPassesThroughQueuedProcessingSucceeded() {
    sim.faults("{\"generationSeconds\":3}");
    HttpResponse<String> r = sim.post(SUBMIT,
        "{\"model\":\"seedance-2.0\",\"prompt\":\"a red fox in snow\",\"aspectRatio\":\"16:9\","
            + "\"duration\":4,\"resolution\":\"480p\",\"metadata\":{\"shot\":1},\"unknownField\":true}",
        Sim.OPEN_API_KEY);
    assertEquals(200, r.statusCode(), r.body());
    // 480p costs 0.05 USD/s: 4 s = 0.20 USD = 20 credits (cents)
    assertEquals(20, Sim.json(r).get("creditsCharged").asLong());
    String id = Sim.json(r).get("requestId").asText();

    List<String> seen = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();
    JsonNode done = Sim.await("succeeded", Duration.ofSeconds(15), () -> {
      JsonNode s = status(id);
      String st = s.get("status").asText();
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(st)) {
        seen.add(st);
      }
      if (st.equals("processing")) {
        progress.add(s.get("progress").asInt());
      }
      return s;
    }, s -> s.get("status").asText().equals("succeeded"));

    assertEquals(List.of("queued", "processing", "succeeded"), seen);
    assertTrue(progress.size() >= 2 && progress.get(progress.size() - 1) > progress.get(0), "progress grows: " + progress);
    assertEquals("video", done.get("output").get("type").asText());
    assertEquals(sim.base() + "/sim/files/" + id + ".mp4", done.get("output").get("url").asText());
    assertTrue(done.get("error").isNull(), "error is an explicit null");
    assertEquals("seedance-2.0", done.get("model").asText());
    assertEquals("a red fox in snow", done.get("prompt").asText());
    assertEquals(4, done.get("duration").asInt());
    assertEquals("16:9", done.get("aspectRatio").asText());
    assertEquals(1, done.get("metadata").get("shot").asInt());
    assertEquals(1, sim.stats().get("dialects").get("open-api").get("submitsAccepted").asInt());
  }

  @Test
  void imageToVideoSucceedsAndSendsASignedWebhook() throws Exception {
    String id = submit("{\"model\":\"seedance-2.0-fast\",\"prompt\":\"the statue turns its head\","
        + "\"mediaUrls\":[\"https://example.com/first.png\"],\"aspectRatio\":\"9:16\",\"duration\":\"4\","
        + "\"resolution\":\"480p\",\"webhookUrl\":\"" + sim.base() + "/test-hooks/oa-image\"}");
    HookInbox.Received hook = Sim.await("webhook", Duration.ofSeconds(15), () -> inbox.named("oa-image"),
        l -> !l.isEmpty()).get(0);

    JsonNode payload = Sim.json(hook.body());
    assertEquals(id, payload.get("requestId").asText());
    assertEquals("succeeded", payload.get("status").asText());
    assertTrue(payload.get("success").asBoolean());
    assertEquals(sim.base() + "/sim/files/" + id + ".mp4", payload.get("output").get("url").asText());
    assertTrue(payload.get("error").isNull());
    assertEquals(hmac(SECRET, hook.body()), hook.signature(), "x-seedance-signature = hex HMAC-SHA256 of the raw body");
    assertEquals("succeeded", status(id).get("status").asText(), "status agrees with the callback");
    Sim.await("webhook counted", Duration.ofSeconds(5),
        () -> sim.stats().get("dialects").get("open-api").get("webhooksSent").asInt(), n -> n == 1);
  }

  @Test
  void cancelWhileProcessingRefundsAndNotifies() {
    sim.faults("{\"generationSeconds\":5}");
    long before = sim.stats().get("credits").get("open-api").asLong();
    String id = submit("{\"prompt\":\"slow\",\"resolution\":\"480p\",\"duration\":4,"
        + "\"webhookUrl\":\"" + sim.base() + "/test-hooks/oa-cancel\"}");
    assertEquals(before - 20, sim.stats().get("credits").get("open-api").asLong(), "charge reserved");
    Sim.await("processing", Duration.ofSeconds(5), () -> status(id), s -> s.get("status").asText().equals("processing"));

    HttpResponse<String> c = sim.post(SUBMIT + "/" + id + "/cancel", "", Sim.OPEN_API_KEY);
    assertEquals(200, c.statusCode(), c.body());
    assertEquals("cancelled", Sim.json(c).get("status").asText());
    assertEquals("cancelled", status(id).get("status").asText());
    assertTrue(status(id).get("output").isNull());

    HookInbox.Received hook = Sim.await("cancel webhook", Duration.ofSeconds(5), () -> inbox.named("oa-cancel"),
        l -> !l.isEmpty()).get(0);
    assertEquals("cancelled", Sim.json(hook.body()).get("status").asText());
    assertEquals(before, sim.stats().get("credits").get("open-api").asLong(), "cancelled task refunded");

    HttpResponse<String> again = sim.post(SUBMIT + "/" + id + "/cancel", "{}", Sim.OPEN_API_KEY);
    assertEquals(200, again.statusCode(), "cancelling a cancelled task is idempotent");
    assertEquals(2, sim.stats().get("dialects").get("open-api").get("cancels").asInt());
  }

  @Test
  void cancellingAFinishedTaskIsRefusedAndChangesNothing() {
    String id = submit("{\"prompt\":\"quick\",\"resolution\":\"480p\",\"duration\":4}");
    Sim.await("succeeded", Duration.ofSeconds(15), () -> status(id), s -> s.get("status").asText().equals("succeeded"));
    HttpResponse<String> c = sim.post(SUBMIT + "/" + id + "/cancel", "", Sim.OPEN_API_KEY);
    assertEquals(400, c.statusCode());
    JsonNode err = Sim.json(c);
    assertFalse(err.get("success").asBoolean());
    assertEquals("invalid_request", err.get("error").get("code").asText());
    assertEquals("succeeded", status(id).get("status").asText());
  }

  @Test
  void seedance15ProTakesFiveOrTenSeconds() {
    String id = submit("{\"model\":\"seedance-1.5-pro\",\"prompt\":\"x\",\"duration\":10,\"resolution\":\"1080p\"}");
    assertEquals(10, status(id).get("duration").asInt());
    HttpResponse<String> r = sim.post(SUBMIT, "{\"model\":\"seedance-1.5-pro\",\"prompt\":\"x\",\"duration\":6}", Sim.OPEN_API_KEY);
    assertEquals(400, r.statusCode());
  }

  @Test
  void aJsonBodySentWithAnotherContentTypeIsStillRead() {
    HttpResponse<String> r = sim.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.base() + SUBMIT))
        .header("Authorization", "Bearer " + Sim.OPEN_API_KEY)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"prompt\":\"curl -d\",\"duration\":4}")).build());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("curl -d", status(Sim.json(r).get("requestId").asText()).get("prompt").asText());
  }

  @Test
  void modelsListsTheThreeModelsWithPrices() {
    HttpResponse<String> r = sim.get("/sim/open-api/api/open/v1/models", null);
    assertEquals(200, r.statusCode());
    JsonNode data = Sim.json(r).get("data");
    assertEquals(3, data.size());
    assertEquals("seedance-2.0", data.get(0).get("id").asText());
    assertEquals(12, data.get(0).get("durations").size());
    assertEquals(0.1, data.get(0).get("usdPerSecond").get("720p").asDouble());
    assertEquals("[5,10]", data.get(2).get("durations").toString());
  }

  static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
