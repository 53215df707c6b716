package io.seedancerunner.simulator.seedance2ai;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * seedance2ai account settings.
 * <ul>
 *   <li>{@code simulator.seedance2ai.api-key} (default {@value #DEFAULT_API_KEY}): the Bearer key
 *       of the simulator's account.</li>
 *   <li>{@code simulator.seedance2ai.extra-api-keys} (default none, comma-separated): more keys,
 *       each its own account for the quota, the idempotency keys and task ownership (seed 003:
 *       "30 requests per 60 seconds per account", "does not belong to this key owner"). Every key
 *       draws on the dialect's one credit balance (our choice).</li>
 *   <li>{@code simulator.seedance2ai.rate-limit-requests} (default 30) and
 *       {@code simulator.seedance2ai.rate-limit-window-seconds} (default 60): the quota of seed 003,
 *       see {@link Seedance2AiQuota}; 0 requests switches it off.</li>
 *   <li>{@code simulator.seedance2ai.credits}: starting balance, see {@code CreditAccounts}.</li>
 * </ul>
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class Seedance2AiSettings {

  /** The default key, in the seed's {@code sk_live_} form. */
  public static final String DEFAULT_API_KEY = "sk_live_simulator_seedance2ai";

  private final List<String> apiKeys;
  private final int rateLimitRequests;
  private final int rateLimitWindowSeconds;

  /**
   * @param apiKey                 {@code simulator.seedance2ai.api-key}
   * @param extraApiKeys           {@code simulator.seedance2ai.extra-api-keys}, empty when unset
   * @param rateLimitRequests      {@code simulator.seedance2ai.rate-limit-requests}
   * @param rateLimitWindowSeconds {@code simulator.seedance2ai.rate-limit-window-seconds}
   */
  public Seedance2AiSettings(
      @Value("${simulator.seedance2ai.api-key:" + DEFAULT_API_KEY + "}") String apiKey,
      @Value("${simulator.seedance2ai.extra-api-keys:}") String extraApiKeys,
      @Value("${simulator.seedance2ai.rate-limit-requests:30}") int rateLimitRequests,
      @Value("${simulator.seedance2ai.rate-limit-window-seconds:60}") int rateLimitWindowSeconds) {
    List<String> keys = new ArrayList<>();
    keys.add(apiKey);
    Arrays.stream(extraApiKeys.split(",")).map(String::trim).filter(k -> !k.isEmpty()).forEach(keys::add);
    this.apiKeys = List.copyOf(keys);
    this.rateLimitRequests = Math.max(0, rateLimitRequests);
    this.rateLimitWindowSeconds = Math.max(1, rateLimitWindowSeconds);
  }

  /** @return every accepted key, the default one first; each is one account */
  public List<String> apiKeys() {
    return apiKeys;
  }

  /** @return configured requests per window; 0 = no quota */
  public int rateLimitRequests() {
    return rateLimitRequests;
  }

  /** @return configured quota window, in seconds (at least 1) */
  public int rateLimitWindowSeconds() {
    return rateLimitWindowSeconds;
  }
}
