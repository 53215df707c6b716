package io.seedancerunner.simulator.unified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The 24 h result lifetime and the callback address rules, without a server. */
class UnifiedBodiesTest {

  private static final Instant T0 = Instant.parse("2026-06-03T10:00:00Z");

  private static SimTask task() {
    UnifiedRequest r = new UnifiedRequest("p", 5, "720p", "adaptive", true, true, null);
    return new SimTask("task-unified-1-a", Dialect.UNIFIED, r.toSpec(), T0, Duration.ofSeconds(100), 100, null, false,
        "http://sim", null);
  }

  @Test
  void resultLinksAreValidFor24HoursAfterTheEnd() {
    TaskState done = new TaskState(TaskPhase.SUCCEEDED, 100, null);
    Instant end = T0.plusSeconds(100);
    JsonNode fresh = UnifiedBodies.task(task(), done, end.plus(Duration.ofHours(24)).minusSeconds(1));
    assertEquals("http://sim/sim/files/task-unified-1-a.mp4", fresh.get("results").get(0).asText());
    JsonNode stale = UnifiedBodies.task(task(), done, end.plus(Duration.ofHours(24)));
    assertEquals("completed", stale.get("status").asText());
    assertEquals(0, stale.get("results").size());
  }

  @Test
  void estimatedTimeCountsDownInWholeSeconds() {
    TaskState running = new TaskState(TaskPhase.PROCESSING, 40, null);
    assertEquals(60, UnifiedBodies.task(task(), running, T0.plusSeconds(40)).get("task_info").get("estimated_time").asInt());
    assertEquals(1, UnifiedBodies.task(task(), running, T0.plusMillis(99_500)).get("task_info").get("estimated_time").asInt());
    assertEquals(0, UnifiedBodies.task(task(), running, T0.plusSeconds(130)).get("task_info").get("estimated_time").asInt());
  }

  @Test
  void callbackAddresses() {
    assertTrue(CallbackAddresses.publicHttps("https://hooks.example.com/x"));
    assertTrue(CallbackAddresses.publicHttps("https://8.8.8.8/x"));
    assertTrue(CallbackAddresses.publicHttps("https://172.32.0.1/x"), "just outside 172.16/12");
    for (String bad : new String[] {"http://hooks.example.com/x", "https://127.0.0.5/x", "https://10.0.0.1/x",
        "https://172.31.255.255/x", "https://192.168.0.1/x", "https://169.254.1.1/x", "https://0.0.0.0/x",
        "https://100.64.0.1/x", "https://[fd00::1]/x", "https://[fe80::1]/x", "https://[::1]/x", "https://LOCALHOST/x",
        "https://api.localhost/x", "https://999.1.1.1/x", "/relative", "ftp://hooks.example.com/x"}) {
      assertFalse(CallbackAddresses.publicHttps(bad), bad);
    }
    assertTrue(CallbackAddresses.httpUrl("http://127.0.0.1:8080/x"));
    assertFalse(CallbackAddresses.httpUrl("ftp://127.0.0.1/x"));
  }
}
