package io.seedancerunner.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.seedancerunner.api.generation.GenerationController;
import io.seedancerunner.api.system.HealthController;
import io.seedancerunner.api.webhooks.WebhookController;
import io.seedancerunner.workflows.model.WaitPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Config binding without the test yml: defaults, one account, and the api switch. */
class ApiConfigTest {

  @Test
  void defaultsMatchTheWaitPolicyDefaults() {
    try (ApplicationContext ctx = ApplicationContext.builder().deduceEnvironment(false).environments("bare").start()) {
      assertEquals(WaitPolicy.defaults(), ctx.getBean(ApiJobSettings.class).toWaitPolicy());
      ApiSettings s = ctx.getBean(ApiSettings.class);
      assertEquals("http://localhost:8080", s.publicBaseUrl());
      assertEquals("data", s.dataDir());
    }
  }

  @Test
  void singleAccountIsTheDefaultAndSecretsStayOutOfToString() {
    try (ApplicationContext ctx = ApplicationContext.builder().deduceEnvironment(false).environments("bare")
        .properties(Map.of("seedance.providers.only.dialect", "seedanceapi",
            "seedance.providers.only.webhook-secret", "s3cret-value",
            "seedance.webhook-token-secret", "tok3n-secret-0123456789"))
        .start()) {
      ProviderAccounts accounts = ctx.getBean(ProviderAccounts.class);
      assertEquals("only", accounts.defaultName().orElseThrow());
      assertEquals("seedanceapi", accounts.catalogue(accounts.find("only").orElseThrow()).orElseThrow().dialect());
      assertFalse(accounts.all().toString().contains("s3cret"));
      assertFalse(ctx.getBean(ApiSettings.class).toString().contains("tok3n"));
    }
  }

  @Test
  void apiCanBeSwitchedOff() {
    try (ApplicationContext ctx = ApplicationContext.builder().deduceEnvironment(false).environments("bare")
        .properties(Map.of("seedance.api.enabled", "false")).start()) {
      assertFalse(ctx.containsBean(GenerationController.class));
      assertFalse(ctx.containsBean(WebhookController.class));
      assertTrue(ctx.containsBean(HealthController.class), "a worker-only process keeps its healthcheck");
    }
    try (ApplicationContext ctx = ApplicationContext.builder().deduceEnvironment(false).environments("bare").start()) {
      assertTrue(ctx.containsBean(GenerationController.class));
    }
  }
}
