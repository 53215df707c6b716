package io.seedancerunner.simulator.seedance2ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** seedance2ai's Idempotency-Key: replay, conflicts, "still running", scope per API key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seedance2AiIdempotencyTest {

  private static final String KEY = Seedance2AiFlowTest.KEY;
  private static final String OTHER_KEY = "sk_live_second_account";
  private static final String BODY = "{\"prompt\":\"a red kite\",\"duration\":\"4\",\"resolution\":\"720p\"}";

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

  /** @return a submit carrying {@code Idempotency-Key} */
  static HttpRequest keyed(Sim sim, String idempotencyKey, String body, String apiKey) {
    return HttpRequest.newBuilder(URI.create(sim.base() + Seedance2AiFlowTest.SUBMIT))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + apiKey)
        .header("Idempotency-Key", idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private JsonNode counts() {
    return sim.stats().get("dialects").get("seedance2ai");
  }

  @Test
  void theSameKeyAndBodyAnswerTheOriginalReceiptWithoutANewTask() {
    HttpResponse<String> first = sim.send(keyed(sim, "job-1-a1", BODY, KEY));
    assertEquals(202, first.statusCode(), first.body());
    assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent());
    String reordered = "{\"resolution\":\"720p\",\"duration\":\"4\",\"prompt\":\"a red kite\"}";
    HttpResponse<String> again = sim.send(keyed(sim, "job-1-a1", reordered, KEY));
    assertEquals(202, again.statusCode(), again.body());
    assertEquals(Sim.json(first), Sim.json(again), "the original receipt, field order of the body ignored");
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals(1, sim.stats().get("tasks").asInt());
    assertEquals(2, counts().get("submitsAttempted").asInt());
    assertEquals(1, counts().get("submitsAccepted").asInt(), "a replay is not a new accepted submit");
  }

  @Test
  void theSameKeyWithAnotherBodyIs409() {
    assertEquals(202, sim.send(keyed(sim, "job-2-a1", BODY, KEY)).statusCode());
    HttpResponse<String> other = sim.send(keyed(sim, "job-2-a1", BODY.replace("red", "blue"), KEY));
    Seedance2AiErrorsTest.assertError(other, 409, "idempotency_conflict");
    assertTrue(Sim.json(other).get("error").get("message").asText().contains("different body"));
    assertEquals(1, sim.stats().get("tasks").asInt());
  }

  @Test
  void theSameKeyWhileTheFirstRequestIsHeldBackIs409StillRunning() {
    sim.faults("{\"slowSubmits\":1,\"dialect\":\"seedance2ai\",\"slowSubmitSeconds\":2}");
    CompletableFuture<HttpResponse<String>> first = sim.http().sendAsync(keyed(sim, "job-3-a1", BODY, KEY),
        HttpResponse.BodyHandlers.ofString());
    Sim.await("the task of the held-back submit", Duration.ofSeconds(5), () -> sim.stats().get("tasks").asInt(), n -> n == 1);
    HttpResponse<String> meanwhile = sim.send(keyed(sim, "job-3-a1", BODY, KEY));
    Seedance2AiErrorsTest.assertError(meanwhile, 409, "idempotency_conflict");
    assertTrue(Sim.json(meanwhile).get("error").get("message").asText().contains("still running"));

    HttpResponse<String> held = first.join();
    assertEquals(202, held.statusCode(), held.body());
    HttpResponse<String> after = sim.send(keyed(sim, "job-3-a1", BODY, KEY));
    assertEquals(202, after.statusCode());
    assertEquals(Sim.json(held).get("id"), Sim.json(after).get("id"));
    assertEquals(1, counts().get("submitsAccepted").asInt());
    assertEquals(1, counts().get("slowSubmits").asInt());
  }

  @Test
  void keysArePerApiKey() {
    String mine = Sim.json(sim.send(keyed(sim, "shared-key", BODY, KEY))).get("id").asText();
    HttpResponse<String> theirs = sim.send(keyed(sim, "shared-key", BODY, OTHER_KEY));
    assertEquals(202, theirs.statusCode());
    assertNotEquals(mine, Sim.json(theirs).get("id").asText());
    assertEquals(2, sim.stats().get("tasks").asInt());
  }

  @Test
  void aRequestRefusedBeforeATaskLeavesItsKeyFree() {
    Seedance2AiErrorsTest.assertError(sim.send(keyed(sim, "job-4-a1", "{\"prompt\":\"no\"}", KEY)), 400, "invalid_request");
    sim.faults("{\"credits\":0,\"dialect\":\"seedance2ai\"}");
    Seedance2AiErrorsTest.assertError(sim.send(keyed(sim, "job-4-a1", BODY, KEY)), 402, "insufficient_credits");
    sim.faults("{\"credits\":1000,\"dialect\":\"seedance2ai\"}");
    assertEquals(202, sim.send(keyed(sim, "job-4-a1", BODY, KEY)).statusCode());
  }

  @Test
  void withoutAKeyEverySubmitCreatesATask() {
    assertEquals(202, sim.post(Seedance2AiFlowTest.SUBMIT, BODY, KEY).statusCode());
    assertEquals(202, sim.post(Seedance2AiFlowTest.SUBMIT, BODY, KEY).statusCode());
    assertEquals(2, sim.stats().get("tasks").asInt());
  }

  @Test
  void resetForgetsTheKeys() {
    String before = Sim.json(sim.send(keyed(sim, "job-5-a1", BODY, KEY))).get("id").asText();
    sim.reset();
    String after = Sim.json(sim.send(keyed(sim, "job-5-a1", BODY, KEY))).get("id").asText();
    assertNotEquals(before, after);
  }
}
