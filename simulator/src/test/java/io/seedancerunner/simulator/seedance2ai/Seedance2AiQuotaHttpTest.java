package io.seedancerunner.simulator.seedance2ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The quota on the wire: configured limits, admin override, counters, every endpoint, per account. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seedance2AiQuotaHttpTest {

  private static final String KEY = Seedance2AiFlowTest.KEY;
  private static final String OTHER_KEY = "sk_live_second_account";
  private static final String TASK = Seedance2AiFlowTest.TASKS + "sd2_none";

  private Sim sim;

  @BeforeAll
  void start() {
    sim = Sim.start(Map.of("simulator.seedance2ai.rate-limit-requests", 3,
        "simulator.seedance2ai.rate-limit-window-seconds", 600,
        "simulator.seedance2ai.extra-api-keys", OTHER_KEY));
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private JsonNode counts() {
    return sim.stats().get("dialects").get("seedance2ai");
  }

  @Test
  void theConfiguredQuotaCoversEveryEndpointAndAnswers429WithRetryAfter() {
    assertEquals(202, sim.post(Seedance2AiFlowTest.SUBMIT, "{\"prompt\":\"one\",\"duration\":\"4\"}", KEY).statusCode());
    assertEquals(404, sim.get(TASK, KEY).statusCode());
    assertEquals(400, sim.post(Seedance2AiFlowTest.SUBMIT, "{}", KEY).statusCode(), "refused requests count too");
    HttpResponse<String> limited = sim.get(TASK, KEY);
    Seedance2AiErrorsTest.assertError(limited, 429, "rate_limited");
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter > 500 && retryAfter <= 600, "whole seconds until the oldest slot frees: " + retryAfter);
    assertEquals(1, counts().get("rateLimited").asInt());
    assertEquals(0, counts().get("retryAfterViolations").asInt());

    Seedance2AiErrorsTest.assertError(sim.post(Seedance2AiFlowTest.SUBMIT, "{\"prompt\":\"two\"}", KEY), 429, "rate_limited");
    assertEquals(2, counts().get("rateLimited").asInt());
    assertEquals(1, counts().get("retryAfterViolations").asInt(), "it came before the Retry-After ran out");
    assertEquals(1, sim.stats().get("tasks").asInt());
  }

  @Test
  void unauthenticatedRequestsTakeNoSlotAndAccountsAreSeparate() {
    for (int i = 0; i < 5; i++) {
      assertEquals(401, sim.get(TASK, "sk_live_wrong").statusCode());
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(404, sim.get(TASK, KEY).statusCode());
    }
    assertEquals(429, sim.get(TASK, KEY).statusCode());
    assertEquals(404, sim.get(TASK, OTHER_KEY).statusCode(), "another key is another account");
  }

  @Test
  void theAdminBodySetsTheQuotaUntilReset() {
    JsonNode state = Sim.json(sim.post("/sim/admin/faults", "{\"seedance2aiQuota\":{\"requests\":1,\"windowSeconds\":60}}", null));
    assertEquals(1, state.get("seedance2aiQuota").get("requests").asInt());
    assertEquals(60, state.get("seedance2aiQuota").get("windowSeconds").asInt());
    assertEquals(404, sim.get(TASK, KEY).statusCode());
    HttpResponse<String> limited = sim.get(TASK, KEY);
    assertEquals(429, limited.statusCode());
    assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) <= 60);

    sim.faults("{\"seedance2aiQuota\":{\"requests\":0}}");
    for (int i = 0; i < 10; i++) {
      assertEquals(404, sim.get(TASK, KEY).statusCode(), "0 requests = no quota");
    }
    sim.reset();
    JsonNode restored = Sim.json(sim.get("/sim/admin/faults", null)).get("seedance2aiQuota");
    assertEquals(3, restored.get("requests").asInt());
    assertEquals(600, restored.get("windowSeconds").asInt());
  }

  @Test
  void theRateLimitedFaultTakesNoSlotButItsRetryAfterCounts() {
    sim.faults("{\"rateLimited\":1,\"dialect\":\"seedance2ai\",\"retryAfterSeconds\":30}");
    assertEquals(429, sim.get(TASK, KEY).statusCode());
    assertEquals(0, counts().get("rateLimited").asInt(), "the counter is for the enforced quota only");
    for (int i = 0; i < 3; i++) {
      assertEquals(404, sim.get(TASK, KEY).statusCode(), "the fault's 429 took no slot");
    }
    assertEquals(3, counts().get("retryAfterViolations").asInt(), "all three came within the fault's 30 s");
  }
}
