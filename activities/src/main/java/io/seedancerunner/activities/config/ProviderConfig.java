package io.seedancerunner.activities.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.time.Duration;

/**
 * One provider <em>account</em>, configured under {@code seedance.providers.<name>}. Two accounts
 * on one dialect are two providers (docs/decisions.md, "Names"). Example:
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
 *     seedance2ai-main:
 *       dialect: seedance2ai
 *       base-url: https://seedance2ai.io
 *       api-key: ${SEEDANCE2AI_KEY}
 *       rate-limit-requests: 30     # seed 003: 30 requests per 60 s per account
 *       rate-limit-window: 60s
 *       max-queued-tasks: 120       # tasks queued at the provider at once
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
  private int rateLimitRequests;
  private Duration rateLimitWindow = Duration.ofSeconds(60);
  private Duration rateLimitMargin = Duration.ofSeconds(2);
  private int maxQueuedTasks;
  private Double usdPerUnit;

  /** @param name the account name, the key under {@code seedance.providers} */
  public ProviderConfig(@Parameter String name) {
    this.name = name;
  }

  /** @return the account name, for example {@code sim-open-api} */
  public String getName() {
    return name;
  }

  /** @return the dialect id from docs/providers/README.md: {@code open-api} or {@code seedanceapi} */
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

  /**
   * @return the most requests this process sends to the account within one
   *     {@link #getRateLimitWindow() window} (plus the {@link #getRateLimitMargin() margin}),
   *     counted by the account's {@code RateGate}; 0 (default) for no window. Source: the
   *     provider's documented quota, for example 30 for seedance2ai (seed 003: "limit is 30
   *     requests per 60 seconds per account").
   */
  public int getRateLimitRequests() {
    return rateLimitRequests;
  }

  /** @param rateLimitRequests most requests per window, 0 for no window */
  public void setRateLimitRequests(int rateLimitRequests) {
    this.rateLimitRequests = rateLimitRequests;
  }

  /**
   * @return the provider's quota window (default 60 s, seed 003's "per 60 seconds"); used only when
   *     {@link #getRateLimitRequests()} is positive
   */
  public Duration getRateLimitWindow() {
    return rateLimitWindow;
  }

  /** @param rateLimitWindow the provider's quota window */
  public void setRateLimitWindow(Duration rateLimitWindow) {
    this.rateLimitWindow = rateLimitWindow;
  }

  /**
   * @return time added to the window (default 2 s, our choice): the network latency between our
   *     send time and the provider's arrival time, so that a request never lands inside the
   *     provider's window of an earlier one
   */
  public Duration getRateLimitMargin() {
    return rateLimitMargin;
  }

  /** @param rateLimitMargin time added to the window */
  public void setRateLimitMargin(Duration rateLimitMargin) {
    this.rateLimitMargin = rateLimitMargin;
  }

  /**
   * @return the most of this account's tasks queued or running at the provider at once, across
   *     every worker (the account's {@code ProviderSlotsWorkflow}); further jobs wait in our own
   *     queue. 0 (default) for no cap. Source: the upstream BytePlus ModelArk allows 120 queued
   *     tasks per account (the operators' figure; no seed document states it).
   */
  public int getMaxQueuedTasks() {
    return maxQueuedTasks;
  }

  /** @param maxQueuedTasks most tasks at the provider at once, 0 for no cap */
  public void setMaxQueuedTasks(int maxQueuedTasks) {
    this.maxQueuedTasks = maxQueuedTasks;
  }

  /**
   * @return USD per unit the account bills in (its catalogue's {@code priceUnit}: credits,
   *     tokens), so budgets in USD can price it; {@code null} (default) uses the catalogue's own
   *     rate where the seed document gives one. Needed for accounts billing in credits without a
   *     documented rate (seedance2ai, unified): their reservations are refused without it.
   */
  public Double getUsdPerUnit() {
    return usdPerUnit;
  }

  /** @param usdPerUnit USD per billed unit, &ge; 0 */
  public void setUsdPerUnit(Double usdPerUnit) {
    this.usdPerUnit = usdPerUnit;
  }

  /**
   * The activities-per-second limit of the account's provider task queue, enforced by the
   * Temporal server across every worker: {@code requests-per-second} when set, else
   * {@code rate-limit-requests / (rate-limit-window + rate-limit-margin)} when a window is set.
   * The margin is included (our choice) so that the server never hands out tasks faster than the
   * worker's {@code RateGate} admits them, which would only turn into local rejections.
   *
   * @return requests per second (may be below 1), or {@code null} for no limit
   */
  public Double taskQueueActivitiesPerSecond() {
    if (requestsPerSecond != null) {
      return requestsPerSecond;
    }
    if (rateLimitRequests > 0 && rateLimitWindow != null && rateLimitWindow.toMillis() > 0) {
      long spanMillis = rateLimitWindow.toMillis() + (rateLimitMargin == null ? 0 : Math.max(0, rateLimitMargin.toMillis()));
      return rateLimitRequests / (spanMillis / 1000.0);
    }
    return null;
  }

  /** Leaves the api key out. */
  @Override
  public String toString() {
    return "ProviderConfig[name=" + name + ", dialect=" + dialect + ", baseUrl=" + baseUrl
        + ", estimatedSeconds=" + estimatedSeconds + ", submitTimeout=" + submitTimeout
        + ", readTimeout=" + readTimeout + ", requestsPerSecond=" + requestsPerSecond
        + ", rateLimitRequests=" + rateLimitRequests + ", rateLimitWindow=" + rateLimitWindow
        + ", rateLimitMargin=" + rateLimitMargin + ", maxQueuedTasks=" + maxQueuedTasks + "]";
  }
}
