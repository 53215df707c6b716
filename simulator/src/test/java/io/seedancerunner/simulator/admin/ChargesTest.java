package io.seedancerunner.simulator.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.ark.ArkSettings;
import io.seedancerunner.simulator.support.Sim;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /sim/admin/charges}: per dialect what the account charged net of refunds, in total
 * and per task, in credits or (ark) tokens; {@code initial = balance + charged} through refunds,
 * admin balance changes and reset.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChargesTest {

  private static final String OPEN_API = "/sim/open-api/api/open/v1/video/generations";
  private static final String ARK = "/sim/ark/api/v3/contents/generations/tasks";
  /** 480p, 4 s on open-api: 0.05 USD/s × 4 s = 20 credits (US cents). */
  private static final long OPEN_API_480P_4S = 20;
  /** 480p 16:9, 4 s on ark: 4 × 864 × 496 × 24 / 1024 tokens. */
  private static final long ARK_480P_4S = 4 * 10_044;

  private Sim sim;

  @BeforeAll
  void start() {
    sim = Sim.start(Map.of("simulator.credits", 1_000_000));
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private JsonNode charges() {
    return Sim.json(sim.get("/sim/admin/charges", null));
  }

  private String openApi(String prompt) {
    return Sim.json(sim.post(OPEN_API, "{\"prompt\":\"" + prompt + "\",\"resolution\":\"480p\",\"duration\":4}",
        Sim.OPEN_API_KEY)).get("requestId").asText();
  }

  @Test
  void chargedIsNetOfRefundsInTotalAndPerTask() {
    String kept = openApi("kept");
    String failed = openApi("refused [sim:fail]");
    String tokens = Sim.json(sim.post(ARK, "{\"model\":\"dreamina-seedance-2-0-260128\",\"content\":[{\"type\":"
        + "\"text\",\"text\":\"t\"}],\"resolution\":\"480p\",\"ratio\":\"16:9\",\"duration\":4}",
        ArkSettings.DEFAULT_API_KEY)).get("id").asText();

    JsonNode c = Sim.await("the failed task refunded", Duration.ofSeconds(15), this::charges,
        j -> j.get("open-api").get("tasks").path(failed).asLong(-1) == 0);
    JsonNode open = c.get("open-api");
    assertEquals("credits", open.get("unit").asText());
    assertEquals(1_000_000, open.get("initial").asLong());
    assertEquals(OPEN_API_480P_4S, open.get("charged").asLong(), "the failed task's charge came back");
    assertEquals(1_000_000 - OPEN_API_480P_4S, open.get("balance").asLong());
    assertEquals(OPEN_API_480P_4S, open.get("tasks").get(kept).asLong());
    assertEquals(2, open.get("tasks").size());

    JsonNode ark = c.get("ark");
    assertEquals("tokens", ark.get("unit").asText());
    assertEquals(ARK_480P_4S, ark.get("charged").asLong());
    assertEquals(ARK_480P_4S, ark.get("tasks").get(tokens).asLong());
    assertEquals(0, c.get("seedanceapi").get("charged").asLong());
    assertEquals(6, c.size(), "every dialect");
  }

  @Test
  void settingTheBalanceKeepsWhatWasCharged() {
    openApi("before the top-up");
    sim.faults("{\"credits\":5000,\"dialect\":\"open-api\"}");
    JsonNode open = charges().get("open-api");
    assertEquals(5000, open.get("balance").asLong());
    assertEquals(OPEN_API_480P_4S, open.get("charged").asLong());
    assertEquals(5000 + OPEN_API_480P_4S, open.get("initial").asLong(), "initial = balance + charged");
  }

  @Test
  void resetForgetsTheCharges() {
    openApi("forgotten");
    sim.reset();
    JsonNode open = charges().get("open-api");
    assertEquals(0, open.get("charged").asLong());
    assertEquals(1_000_000, open.get("balance").asLong());
    assertTrue(open.get("tasks").isEmpty());
  }
}
