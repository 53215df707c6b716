package io.seedancerunner.workflows.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-job webhook tokens, derived rather than stored: token = the first 32 hex digits of
 * HMAC-SHA256(secret, provider + "/" + jobId). The worker builds the callback URL inside the
 * submit activity and the api recomputes the token to verify a callback, so the token never
 * enters workflow history (docs/decisions.md: "Webhook URLs carry an unguessable per-job token").
 *
 * <p>Not used by workflow code.
 */
public final class WebhookTokens {

  private final byte[] secret;

  /**
   * @param secret the installation's webhook token secret ({@code seedance.webhook-token-secret}),
   *               at least 16 characters
   * @throws IllegalArgumentException when the secret is shorter than 16 characters
   */
  public WebhookTokens(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("seedance.webhook-token-secret must have at least 16 characters");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param provider provider account name
   * @param jobId    job id
   * @return 32 lower-case hex digits
   */
  public String token(String provider, String jobId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal((provider + "/" + jobId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /**
   * Compares in constant time.
   *
   * @return true when {@code token} is the token of this provider and job
   */
  public boolean verify(String provider, String jobId, String token) {
    if (token == null) {
      return false;
    }
    return MessageDigest.isEqual(token(provider, jobId).getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The callback URL a provider is given: {@code <publicBaseUrl>/v1/webhooks/<provider>/<jobId>/<token>},
   * with the job id URL-encoded (storyboard shot ids contain '/').
   *
   * @param publicBaseUrl the runner's public base URL, without a trailing slash
   */
  public String callbackUrl(String publicBaseUrl, String provider, String jobId) {
    String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    return base + "/v1/webhooks/" + provider + "/" + URLEncoder.encode(jobId, StandardCharsets.UTF_8)
        + "/" + token(provider, jobId);
  }
}
