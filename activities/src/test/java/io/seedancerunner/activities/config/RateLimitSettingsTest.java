package io.seedancerunner.activities.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quota settings of an account, bound by Micronaut, and the task queue rate derived from them. */
class RateLimitSettingsTest {

  @Test
  void bindsQuotaSettingsWithTheirDefaults() {
    try (ApplicationContext ctx = ApplicationContext.run(Map.of(
        "simulator.enabled", "false",
        "seedance.providers.s2ai.dialect", "seedance2ai",
        "seedance.providers.s2ai.rate-limit-requests", "30",
        "seedance.providers.s2ai.rate-limit-window", "90s",
        "seedance.providers.s2ai.rate-limit-margin", "250ms",
        "seedance.providers.s2ai.max-queued-tasks", "120",
        "seedance.providers.plain.dialect", "open-api"))) {
      ProviderConfig s2ai = ctx.getBean(ProviderConfig.class, Qualifiers.byName("s2ai"));
      assertEquals(30, s2ai.getRateLimitRequests());
      assertEquals(Duration.ofSeconds(90), s2ai.getRateLimitWindow());
      assertEquals(Duration.ofMillis(250), s2ai.getRateLimitMargin());
      assertEquals(120, s2ai.getMaxQueuedTasks());

      ProviderConfig plain = ctx.getBean(ProviderConfig.class, Qualifiers.byName("plain"));
      assertEquals(0, plain.getRateLimitRequests());
      assertEquals(Duration.ofSeconds(60), plain.getRateLimitWindow());
      assertEquals(Duration.ofSeconds(2), plain.getRateLimitMargin());
      assertEquals(0, plain.getMaxQueuedTasks());
    }
  }

  @Test
  void taskQueueRateIsRequestsPerSecondElseTheWindowRate() {
    ProviderConfig c = new ProviderConfig("a");
    assertNull(c.taskQueueActivitiesPerSecond(), "no limit configured");
    c.setRateLimitRequests(30);
    assertEquals(30 / 62.0, c.taskQueueActivitiesPerSecond(), 1e-9, "30 per 60 s + 2 s margin");
    c.setRateLimitMargin(Duration.ZERO);
    assertEquals(0.5, c.taskQueueActivitiesPerSecond(), 1e-9);
    c.setRateLimitWindow(Duration.ofSeconds(120));
    assertEquals(0.25, c.taskQueueActivitiesPerSecond(), 1e-9);
    c.setRequestsPerSecond(2.0);
    assertEquals(2.0, c.taskQueueActivitiesPerSecond(), 1e-9);
  }
}
