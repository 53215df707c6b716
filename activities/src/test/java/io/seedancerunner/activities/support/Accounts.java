package io.seedancerunner.activities.support;

import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.time.Duration;
import java.util.List;

/** Test accounts and requests. */
public final class Accounts {

  private Accounts() {}

  /** @return an account with short timeouts */
  public static ProviderConfig account(String name, String dialect, String baseUrl, String apiKey) {
    ProviderConfig c = new ProviderConfig(name);
    c.setDialect(dialect);
    c.setBaseUrl(baseUrl);
    c.setApiKey(apiKey);
    c.setSubmitTimeout(Duration.ofSeconds(5));
    c.setReadTimeout(Duration.ofSeconds(5));
    c.setConnectTimeout(Duration.ofSeconds(2));
    return c;
  }

  /** @return a text-to-video request for seedance-2.0, 4 s, 720p, 16:9 */
  public static GenerationRequest text(String provider, String prompt) {
    return new GenerationRequest(provider, "seedance-2.0", prompt, 4, "720p", "16:9", false, false, null, null, List.of());
  }

  /** @return a first-frame request */
  public static GenerationRequest firstFrame(String provider, String prompt, String imageUrl) {
    return new GenerationRequest(provider, "seedance-2.0", prompt, 4, "720p", "16:9", false, false, imageUrl, null, List.of());
  }
}
