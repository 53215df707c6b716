package io.seedancerunner.simulator.seedanceapi;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * seedanceapi account settings: {@code simulator.seedanceapi.api-key} (default
 * {@code sk_test_simulator_key}), the only Bearer key accepted; {@code simulator.seedanceapi.credits}
 * is the starting balance (see {@code CreditAccounts}).
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class SeedanceApiSettings {

  private final String apiKey;

  /** @param apiKey {@code simulator.seedanceapi.api-key} */
  public SeedanceApiSettings(@Value("${simulator.seedanceapi.api-key:sk_test_simulator_key}") String apiKey) {
    this.apiKey = apiKey;
  }

  /** @return the accepted API key */
  public String apiKey() {
    return apiKey;
  }
}
