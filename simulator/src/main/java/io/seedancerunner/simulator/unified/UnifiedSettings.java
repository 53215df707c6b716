package io.seedancerunner.simulator.unified;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * unified account settings.
 * <ul>
 *   <li>{@code simulator.unified.api-key} (default {@value #DEFAULT_API_KEY}): the only Bearer key
 *       accepted.</li>
 *   <li>{@code simulator.unified.allow-private-callbacks} (default false): accept a
 *       {@code callback_url} that is plain http or points at a private or loopback address. The
 *       real service refuses both (seed 004); tests and the demo switch this on to receive
 *       callbacks on localhost.</li>
 *   <li>{@code simulator.unified.credits}: starting balance, see {@code CreditAccounts}.</li>
 * </ul>
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class UnifiedSettings {

  /** The default key. */
  public static final String DEFAULT_API_KEY = "sk-unified-simulator-key";

  private final String apiKey;
  private final boolean allowPrivateCallbacks;

  /**
   * @param apiKey                {@code simulator.unified.api-key}
   * @param allowPrivateCallbacks {@code simulator.unified.allow-private-callbacks}
   */
  public UnifiedSettings(
      @Value("${simulator.unified.api-key:" + DEFAULT_API_KEY + "}") String apiKey,
      @Value("${simulator.unified.allow-private-callbacks:false}") boolean allowPrivateCallbacks) {
    this.apiKey = apiKey;
    this.allowPrivateCallbacks = allowPrivateCallbacks;
  }

  /** @return the accepted API key */
  public String apiKey() {
    return apiKey;
  }

  /** @return whether http and private or loopback callback URLs are accepted */
  public boolean allowPrivateCallbacks() {
    return allowPrivateCallbacks;
  }
}
