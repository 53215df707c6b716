package io.seedancerunner.activities.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Installation-wide settings under {@code seedance}:
 *
 * <pre>
 * seedance:
 *   data-dir: data                          # clips land in data/videos/&lt;jobId&gt;/clip.mp4
 *   public-base-url: http://localhost:8080  # where providers reach the api's webhooks
 *   webhook-token-secret: ...               # at least 16 characters; a secret
 *   download-read-timeout: 60s              # longest silence while a download streams
 * </pre>
 */
@ConfigurationProperties("seedance")
public class RunnerConfig {

  private String dataDir = "data";
  private String publicBaseUrl = "http://localhost:8080";
  private String webhookTokenSecret;
  private Duration downloadReadTimeout = Duration.ofSeconds(60);

  /** @return the data folder, relative to the working directory or absolute (default {@code data}) */
  public String getDataDir() {
    return dataDir;
  }

  /** @param dataDir the data folder */
  public void setDataDir(String dataDir) {
    this.dataDir = dataDir;
  }

  /** @return the runner's public base URL, the prefix of webhook callback URLs */
  public String getPublicBaseUrl() {
    return publicBaseUrl;
  }

  /** @param publicBaseUrl the runner's public base URL */
  public void setPublicBaseUrl(String publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl;
  }

  /**
   * @return the secret webhook tokens are derived from, or {@code null} when webhooks are off (the
   *     workflow then polls only)
   */
  public String getWebhookTokenSecret() {
    return webhookTokenSecret;
  }

  /** @param webhookTokenSecret the webhook token secret, at least 16 characters */
  public void setWebhookTokenSecret(String webhookTokenSecret) {
    this.webhookTokenSecret = webhookTokenSecret;
  }

  /**
   * @return the longest silence tolerated while a download streams (default 60 s); an idle
   *     timeout, not a limit on the whole transfer
   */
  public Duration getDownloadReadTimeout() {
    return downloadReadTimeout;
  }

  /** @param downloadReadTimeout idle timeout of downloads */
  public void setDownloadReadTimeout(Duration downloadReadTimeout) {
    this.downloadReadTimeout = downloadReadTimeout;
  }

  /** Leaves the secret out. */
  @Override
  public String toString() {
    return "RunnerConfig[dataDir=" + dataDir + ", publicBaseUrl=" + publicBaseUrl
        + ", webhookTokenSecret=" + (webhookTokenSecret == null ? "unset" : "set") + "]";
  }
}
