package io.seedancerunner.simulator.openapi;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * open-api account settings.
 * <ul>
 *   <li>{@code simulator.open-api.api-key} (default {@code sd2_test_simulator_key}): the only
 *       Bearer key accepted.</li>
 *   <li>{@code simulator.open-api.webhook-secret} (default unset): when set, callbacks carry
 *       {@code x-seedance-signature}.</li>
 *   <li>{@code simulator.open-api.default-webhook-url} (default unset): the key's default
 *       callback URL; a request's {@code webhookUrl} takes priority (seed 000).</li>
 *   <li>{@code simulator.open-api.credits}: starting balance, see {@code CreditAccounts}.</li>
 * </ul>
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class OpenApiSettings {

  private final String apiKey;
  private final String webhookSecret;
  private final String defaultWebhookUrl;

  /**
   * @param apiKey            {@code simulator.open-api.api-key}
   * @param webhookSecret     {@code simulator.open-api.webhook-secret}, empty when unset
   * @param defaultWebhookUrl {@code simulator.open-api.default-webhook-url}, empty when unset
   */
  public OpenApiSettings(
      @Value("${simulator.open-api.api-key:sd2_test_simulator_key}") String apiKey,
      @Value("${simulator.open-api.webhook-secret:}") String webhookSecret,
      @Value("${simulator.open-api.default-webhook-url:}") String defaultWebhookUrl) {
    this.apiKey = apiKey;
    this.webhookSecret = webhookSecret;
    this.defaultWebhookUrl = defaultWebhookUrl;
  }

  /** @return the accepted API key */
  public String apiKey() {
    return apiKey;
  }

  /** @return the webhook signing secret, if set */
  public Optional<String> webhookSecret() {
    return webhookSecret == null || webhookSecret.isEmpty() ? Optional.empty() : Optional.of(webhookSecret);
  }

  /** @return the key's default callback URL, if set */
  public Optional<String> defaultWebhookUrl() {
    return defaultWebhookUrl == null || defaultWebhookUrl.isBlank() ? Optional.empty() : Optional.of(defaultWebhookUrl);
  }
}
