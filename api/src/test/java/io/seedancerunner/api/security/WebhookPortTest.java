package io.seedancerunner.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.seedancerunner.api.support.FreePort;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.TestCredentials;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code seedance.api.webhook-port}: a second listener where only callbacks, frames and
 * {@code /health} answer; the control API answers on the main port only.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookPortTest implements TestPropertyProvider {

  int main;
  int hooks;

  @Override
  public Map<String, String> getProperties() {
    main = FreePort.get();
    hooks = FreePort.get();
    return Map.of("micronaut.server.netty.listeners.main.port", String.valueOf(main),
        "micronaut.server.netty.listeners.webhooks.port", String.valueOf(hooks),
        "seedance.api.webhook-port", String.valueOf(hooks));
  }


  @Test
  void theWebhookPortServesCallbacksAndHealthOnly() throws Exception {
    try (HttpClient toHooks = HttpClient.create(new URL("http://127.0.0.1:" + hooks));
        HttpClient toMain = HttpClient.create(new URL("http://127.0.0.1:" + main))) {
      assertEquals(200, Http.send(toHooks, HttpRequest.GET("/health")).status());
      assertEquals(200, Http.send(toMain, HttpRequest.GET("/health")).status());
      Http.Answer hook = Http.send(toHooks, HttpRequest.POST("/v1/webhooks/sim-open-api/gen-x/bad", "{}"));
      assertEquals(401, hook.status(), "reaches the callback route, which judges its token: " + hook.text());
      assertTrue(hook.text().contains("webhook token"), hook.text());
      Http.Answer control = Http.send(toHooks, HttpRequest.GET("/v1/models").bearerAuth(TestCredentials.OPERATOR));
      assertEquals(404, control.status(), "no control API on the webhook port, even with a key: " + control.text());
      assertEquals(404, Http.send(toHooks, HttpRequest.PUT("/v1/tenants/default/budget", "{\"budgetUsd\":1}")).status());
      assertEquals(200, Http.send(toMain, HttpRequest.GET("/v1/models").bearerAuth(TestCredentials.OPERATOR)).status());
    }
  }
}
