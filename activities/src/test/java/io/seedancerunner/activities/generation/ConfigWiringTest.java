package io.seedancerunner.activities.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.activities.download.DownloadActivitiesImpl;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.ProviderActivities;
import io.seedancerunner.workflows.webhook.WebhookTokens;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The beans a worker gets from configuration, built by Micronaut. The simulator module is on the
 * test classpath; it is switched off here.
 */
class ConfigWiringTest {

  private static final String SECRET = "0123456789abcdef-secret";

  @Test
  void bindsAccountsAndRunnerSettings() {
    try (ApplicationContext ctx = ApplicationContext.run(Map.ofEntries(
        Map.entry("simulator.enabled", "false"),
        Map.entry("seedance.data-dir", "/tmp/sr-data"),
        Map.entry("seedance.public-base-url", "https://runner.example"),
        Map.entry("seedance.webhook-token-secret", SECRET),
        Map.entry("seedance.providers.sim-open-api.dialect", "open-api"),
        Map.entry("seedance.providers.sim-open-api.base-url", "http://localhost:1/sim/open-api"),
        Map.entry("seedance.providers.sim-open-api.api-key", "sd2_test"),
        Map.entry("seedance.providers.sim-open-api.estimated-seconds", "45"),
        Map.entry("seedance.providers.sim-open-api.submit-timeout", "12s"),
        Map.entry("seedance.providers.sim-open-api.requests-per-second", "0.5"),
        Map.entry("seedance.providers.sim-seedanceapi.dialect", "seedanceapi"),
        Map.entry("seedance.providers.sim-seedanceapi.base-url", "http://localhost:1/sim/seedanceapi"),
        Map.entry("seedance.providers.sim-seedanceapi.api-key", "sk_test")))) {
      RunnerConfig runner = ctx.getBean(RunnerConfig.class);
      assertEquals("/tmp/sr-data", runner.getDataDir());
      assertEquals("https://runner.example", runner.getPublicBaseUrl());

      ProviderConfig oa = ctx.getBean(ProviderRegistry.class).config("sim-open-api").orElseThrow();
      assertEquals("open-api", oa.getDialect());
      assertEquals(45, oa.getEstimatedSeconds());
      assertEquals(Duration.ofSeconds(12), oa.getSubmitTimeout());
      assertEquals(Duration.ofSeconds(30), oa.getReadTimeout());
      assertEquals(0.5, oa.getRequestsPerSecond());
      assertFalse(oa.toString().contains("sd2_test"), "toString must leave the api key out");
      ProviderConfig sa = ctx.getBean(ProviderRegistry.class).config("sim-seedanceapi").orElseThrow();
      assertNull(sa.getEstimatedSeconds());
      assertNull(sa.getRequestsPerSecond());
      assertEquals(2, ctx.getBeansOfType(ProviderConfig.class).size());

      assertEquals("open-api", ctx.getBean(ProviderRegistry.class).require("sim-open-api").dialect());
      assertEquals("seedanceapi", ctx.getBean(ProviderRegistry.class).require("sim-seedanceapi").dialect());
      assertNotNull(ctx.getBean(ProviderActivities.class));
      assertNotNull(ctx.getBean(DownloadActivitiesImpl.class));

      String url = ctx.getBean(CallbackUrls.class).forJob("sim-open-api", "sb1/shot-3");
      assertEquals(new WebhookTokens(SECRET).callbackUrl("https://runner.example", "sim-open-api", "sb1/shot-3"), url);
      assertTrue(url.startsWith("https://runner.example/v1/webhooks/sim-open-api/sb1%2Fshot-3/"));
    }
  }

  @Test
  void unknownAccountIsANonRetryableFailure() {
    try (ApplicationContext ctx = ApplicationContext.run(Map.of("simulator.enabled", "false"))) {
      ProviderActivities activities = ctx.getBean(ProviderActivities.class);
      ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> activities.status("nobody", "t1"));
      assertEquals(Failures.UNKNOWN_PROVIDER, f.getType());
      assertTrue(f.isNonRetryable());
      assertNull(ctx.getBean(CallbackUrls.class).forJob("nobody", "j"), "no secret: webhooks off");
    }
  }

  @Test
  void unknownDialectFailsTheStartNamingTheAccount() {
    Exception e = assertThrows(Exception.class, () -> {
      try (ApplicationContext ctx = ApplicationContext.run(Map.of(
          "simulator.enabled", "false",
          "seedance.providers.odd.dialect", "carrier-pigeon",
          "seedance.providers.odd.base-url", "http://localhost:1",
          "seedance.providers.odd.api-key", "k"))) {
        ctx.getBean(ProviderRegistry.class);
      }
    });
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      chain.append(t.getMessage()).append(" | ");
    }
    assertTrue(chain.indexOf("seedance.providers.odd.dialect 'carrier-pigeon'") >= 0, chain.toString());
  }
}
