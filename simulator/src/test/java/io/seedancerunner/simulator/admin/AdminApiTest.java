package io.seedancerunner.simulator.admin;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API: arming, dialect restriction, bad bodies, reset, configured keys and credits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiTest {

  private Sim sim;

  @BeforeAll
  void start() {
    sim = Sim.start(Map.of("simulator.open-api.api-key", "sd2_custom", "simulator.seedanceapi.credits", 500,
        "simulator.credits", 9000, "simulator.public-url", "http://cdn.example.test:9000/"));
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  @Test
  void configuredKeyReplacesTheDefault() {
    String body = "{\"prompt\":\"x\",\"resolution\":\"480p\",\"duration\":4}";
    assertEquals(401, sim.post("/sim/open-api/api/open/v1/video/generations", body, Sim.OPEN_API_KEY).statusCode());
    assertEquals(200, sim.post("/sim/open-api/api/open/v1/video/generations", body, "sd2_custom").statusCode());
  }

  @Test
  void publicUrlReplacesTheHostHeaderInResultUrls() {
    String id = Sim.json(sim.post("/sim/seedanceapi/v1/generate", "{\"prompt\":\"x\",\"resolution\":\"480p\",\"duration\":4}",
        Sim.SEEDANCEAPI_KEY)).get("data").get("task_id").asText();
    JsonNode done = Sim.await("SUCCESS", java.time.Duration.ofSeconds(15),
        () -> Sim.json(sim.get("/sim/seedanceapi/v1/status?task_id=" + id, Sim.SEEDANCEAPI_KEY)).get("data"),
        d -> d.get("status").asText().equals("SUCCESS"));
    assertEquals("http://cdn.example.test:9000/sim/files/" + id + ".mp4", done.get("response").get(0).asText());
  }

  @Test
  void startingBalancesComeFromConfig() {
    JsonNode credits = sim.stats().get("credits");
    assertEquals(9000, credits.get("open-api").asLong());
    assertEquals(500, credits.get("seedanceapi").asLong());
  }

  @Test
  void countersRestrictedToADialectLeaveTheOtherAlone() {
    HttpResponse<String> r = sim.post("/sim/admin/faults", "{\"rateLimited\":1,\"dialect\":\"seedanceapi\"}", null);
    assertEquals(200, r.statusCode());
    JsonNode state = Sim.json(r);
    assertEquals(1, state.get("counters").get("rateLimited").get("seedanceapi").asInt());
    assertEquals(0, state.get("counters").get("rateLimited").get("any").asInt());
    assertEquals(404, sim.get("/sim/open-api/api/open/v1/video/generations/req_x", "sd2_custom").statusCode());
    assertEquals(429, sim.get("/sim/seedanceapi/v1/status?task_id=x", Sim.SEEDANCEAPI_KEY).statusCode());
    assertEquals(404, sim.get("/sim/seedanceapi/v1/status?task_id=x", Sim.SEEDANCEAPI_KEY).statusCode());
  }

  @Test
  void getFaultsShowsSettings() {
    sim.faults("{\"generationSeconds\":2.5,\"downloadBytesPerSecond\":1234,\"retryAfterSeconds\":9,\"truncateDownloads\":3}");
    JsonNode f = Sim.json(sim.get("/sim/admin/faults", null));
    assertEquals(2.5, f.get("generationSeconds").asDouble());
    assertEquals(1234, f.get("downloadBytesPerSecond").asLong());
    assertEquals(9, f.get("retryAfterSeconds").asInt());
    assertEquals(3, f.get("counters").get("truncateDownloads").get("any").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nope", "{\"dialect\":\"unified-x\"}", "{\"failTasks\":-1}", "{\"failTasks\":\"many\"}",
      "{\"generationSeconds\":0}", "{\"credits\":1.5}", "{\"downloadBytesPerSecond\":-5}"})
  void badFaultBodiesAre400AndChangeNothing(String body) {
    HttpResponse<String> r = sim.post("/sim/admin/faults", body, null);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(Sim.json(r).get("error").asText().length() > 3);
    JsonNode f = Sim.json(sim.get("/sim/admin/faults", null));
    assertTrue(f.get("generationSeconds").isNull());
    assertEquals(0, f.get("counters").get("failTasks").get("any").asInt());
  }

  @Test
  void resetForgetsTasksFaultsStatsAndRestoresCredits() {
    sim.faults("{\"failTasks\":5,\"credits\":100}");
    String id = Sim.json(sim.post("/sim/open-api/api/open/v1/video/generations",
        "{\"prompt\":\"x\",\"resolution\":\"480p\",\"duration\":4}", "sd2_custom")).get("requestId").asText();
    assertEquals(1, sim.stats().get("tasks").asInt());
    HttpResponse<String> r = sim.post("/sim/admin/reset", "", null);
    assertEquals(200, r.statusCode());
    JsonNode stats = sim.stats();
    assertEquals(0, stats.get("tasks").asInt());
    assertEquals(0, stats.get("dialects").get("open-api").get("submitsAttempted").asInt());
    assertEquals(0, stats.get("files").size());
    assertEquals(9000, stats.get("credits").get("open-api").asLong());
    assertEquals(0, Sim.json(sim.get("/sim/admin/faults", null)).get("counters").get("failTasks").get("any").asInt());
    assertEquals(404, sim.get("/sim/open-api/api/open/v1/video/generations/" + id, "sd2_custom").statusCode());
  }
}
