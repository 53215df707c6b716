package io.seedancerunner.activities.generation;

import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.workflows.webhook.WebhookTokens;
import jakarta.inject.Singleton;

/**
 * Builds a job's webhook callback URL inside the worker, so that its token never enters workflow
 * history: {@code <public-base-url>/v1/webhooks/<provider>/<jobId>/<token>} (see
 * {@link WebhookTokens}). The URL holds a secret: never log it.
 *
 * <p>Without {@code seedance.webhook-token-secret} webhooks are off: the URL is {@code null} and
 * workflows poll only. A secret shorter than 16 characters fails the start.
 */
@Singleton
public class CallbackUrls {

  private final WebhookTokens tokens;
  private final String publicBaseUrl;

  /** @param config installation settings */
  public CallbackUrls(RunnerConfig config) {
    String secret = config.getWebhookTokenSecret();
    this.tokens = secret == null || secret.isBlank() ? null : new WebhookTokens(secret);
    this.publicBaseUrl = config.getPublicBaseUrl();
  }

  /**
   * @param provider provider account name
   * @param jobId    job id
   * @return the callback URL, or {@code null} when webhooks are off
   */
  public String forJob(String provider, String jobId) {
    return tokens == null ? null : tokens.callbackUrl(publicBaseUrl, provider, jobId);
  }
}
