package io.seedancerunner.simulator.openaivideos;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * openai-videos account settings.
 * <ul>
 *   <li>{@code simulator.openai-videos.api-key} (default {@value #DEFAULT_API_KEY}): the only
 *       Bearer key accepted.</li>
 *   <li>{@code simulator.openai-videos.credits}: starting balance, see {@code CreditAccounts}.</li>
 * </ul>
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class OpenAiVideosSettings {

  /** The key accepted when {@code simulator.openai-videos.api-key} is not set. */
  public static final String DEFAULT_API_KEY = "sk-openai-videos-simulator-key";

  private final String apiKey;

  /** @param apiKey {@code simulator.openai-videos.api-key} */
  public OpenAiVideosSettings(@Value("${simulator.openai-videos.api-key:" + DEFAULT_API_KEY + "}") String apiKey) {
    this.apiKey = apiKey;
  }

  /** @return the accepted API key */
  public String apiKey() {
    return apiKey;
  }
}
