package io.seedancerunner.api.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Top-level {@code seedance.*} keys the api reads (the worker owns {@code application.yml}; these
 * are the defaults when a key is absent).
 *
 * @param defaultProvider    {@code seedance.default-provider}: the account used when a request
 *                           names none; null when unset (then the only configured account, if
 *                           there is exactly one)
 * @param publicBaseUrl      {@code seedance.public-base-url}: base of the links in responses,
 *                           default {@code http://localhost:8080}
 * @param webhookTokenSecret {@code seedance.webhook-token-secret}: the secret per-job webhook tokens
 *                           derive from; null disables webhooks (every callback gets 401). Never log it.
 * @param dataDir            {@code seedance.data-dir}: where clips are stored, default {@code data};
 *                           the video endpoint serves files below it only
 * @param defaultTenant      {@code seedance.default-tenant}: the tenant a request that names none
 *                           is billed to (default {@code default})
 */
@ConfigurationProperties("seedance")
public record ApiSettings(
    @Nullable String defaultProvider,
    @Bindable(defaultValue = "http://localhost:8080") String publicBaseUrl,
    @Nullable String webhookTokenSecret,
    @Bindable(defaultValue = "data") String dataDir,
    @Bindable(defaultValue = "default") String defaultTenant) {

  /** Keeps the secret out of log lines. */
  @Override
  public String toString() {
    return "ApiSettings[defaultProvider=" + defaultProvider + ", publicBaseUrl=" + publicBaseUrl
        + ", dataDir=" + dataDir + "]";
  }
}
