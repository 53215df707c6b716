package io.seedancerunner.activities.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.time.Duration;

/**
 * One provider <em>account</em>, configured under {@code seedance.providers.<name>}. Two accounts
 * on one dialect are two providers (DESIGN.md, "Names"). Example:
 *
 * <pre>
 * seedance:
 *   providers:
 *     sim-open-api:
 *       dialect: open-api
 *       base-url: http://localhost:8080/sim/open-api
 *       api-key: sd2_test_simulator_key
 *       estimated-seconds: 60
 *       submit-timeout: 30s
 *       read-timeout: 30s
 *       requests-per-second: 2
 * </pre>
 *
 * <p>The api key is a secret: {@link #toString()} leaves it out, and nothing logs it.
 */
@EachProperty("seedance.providers")
public class ProviderConfig {

  private final String name;
  private String dialect;
  private String baseUrl;
  private String apiKey;
  private Integer estimatedSeconds;
  private Duration submitTimeout = Duration.ofSeconds(30);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Double requestsPerSecond;

  /** @param name the account name, the key under {@code seedance.providers} */
  public ProviderConfig(@Parameter String name) {
    this.name = name;
  }

  /** @return the account name, for example {@code sim-open-api} */
  public String getName() {
    return name;
  }

  /** @return the dialect id from seeds/README.md: {@code open-api} or {@code seedanceapi} */
  public String getDialect() {
    return dialect;
  }

  /** @param dialect the dialect id */
  public void setDialect(String dialect) {
    this.dialect = dialect;
  }

  /**
   * @return the provider's base URL without the dialect's API path: {@code https://www.seedance2.ink}
   *     (the open-api adapter appends {@code /api/open/v1/...}), {@code https://seedanceapi.org}
   *     (the seedanceapi adapter appends {@code /v1/...})
   */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** @param baseUrl the provider's base URL */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the account's API key, sent as {@code Authorization: Bearer <key>}; a secret */
  public String getApiKey() {
    return apiKey;
  }

  /** @param apiKey the account's API key */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * @return the account's estimate of the generation time in seconds, used when the provider
   *     gives no hint; {@code null} when not configured
   */
  public Integer getEstimatedSeconds() {
    return estimatedSeconds;
  }

  /** @param estimatedSeconds generation time estimate in seconds, or {@code null} */
  public void setEstimatedSeconds(Integer estimatedSeconds) {
    this.estimatedSeconds = estimatedSeconds;
  }

  /**
   * @return how long a submit waits for the provider's answer once the request has left (default
   *     30 s). Past it the submit is ambiguous: the task may exist and bill.
   */
  public Duration getSubmitTimeout() {
    return submitTimeout;
  }

  /** @param submitTimeout submit answer timeout */
  public void setSubmitTimeout(Duration submitTimeout) {
    this.submitTimeout = submitTimeout;
  }

  /** @return how long a status or cancel call waits for the answer (default 30 s) */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** @param readTimeout status/cancel answer timeout */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * @return how long opening the TCP connection may take (default 10 s). A connect timeout is
   *     retryable even for a submit: the request never left.
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** @param connectTimeout TCP connect timeout */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * @return the account's rate limit in requests per second (values below 1 allowed), applied by
   *     the worker as the task queue's activities-per-second limit; {@code null} for no limit
   */
  public Double getRequestsPerSecond() {
    return requestsPerSecond;
  }

  /** @param requestsPerSecond rate limit in requests per second, or {@code null} */
  public void setRequestsPerSecond(Double requestsPerSecond) {
    this.requestsPerSecond = requestsPerSecond;
  }

  /** Leaves the api key out. */
  @Override
  public String toString() {
    return "ProviderConfig[name=" + name + ", dialect=" + dialect + ", baseUrl=" + baseUrl
        + ", estimatedSeconds=" + estimatedSeconds + ", submitTimeout=" + submitTimeout
        + ", readTimeout=" + readTimeout + ", requestsPerSecond=" + requestsPerSecond + "]";
  }
}
