package io.seedancerunner.activities.provider;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.metrics.RunnerMetrics;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The HTTP side of one provider account: the account's clients with its timeouts, its bearer
 * token, its origin. Calls are blocking (they run inside activities). Error statuses come back as
 * {@link HttpAnswer}s, never as exceptions; transport errors are classified by
 * {@link ProviderErrors#fromTransport}.
 *
 * <p>Two Micronaut clients per account, because the read timeout is a per-client setting: one for
 * submits (read timeout = {@code submit-timeout}) and one for status/cancel (read timeout =
 * {@code read-timeout}). Both have the account's connect timeout and one event-loop thread.
 *
 * <p>Every request passes the account's {@link RateGate} first: when its window is full or a 429
 * blocks the account, the request is not sent.
 */
public final class ProviderHttp implements AutoCloseable {

  private final ProviderConfig config;
  private final URI origin;
  private final HttpClient submitClient;
  private final HttpClient readClient;
  private final RateGate gate;

  /**
   * @param config the account; {@code base-url} and {@code api-key} are required
   * @throws IllegalArgumentException when the base URL is missing or not absolute, or the rate
   *     limit settings are invalid
   */
  public ProviderHttp(ProviderConfig config) {
    this(config, Clock.systemUTC());
  }

  /**
   * @param config the account; {@code base-url} and {@code api-key} are required
   * @param clock  the time source of the account's {@link RateGate} (tests inject one)
   * @throws IllegalArgumentException when the base URL is missing or not absolute, or the rate
   *     limit settings are invalid
   */
  public ProviderHttp(ProviderConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.gate = RateGate.of(config, clock);
    if (config.getBaseUrl() == null || !URI.create(config.getBaseUrl()).isAbsolute()) {
      throw new IllegalArgumentException("seedance.providers." + config.getName()
          + ".base-url must be an absolute URL");
    }
    this.origin = URI.create(config.getBaseUrl());
    this.submitClient = HttpClient.create(null, clientConfig(config.getSubmitTimeout(), config.getConnectTimeout()));
    this.readClient = HttpClient.create(null, clientConfig(config.getReadTimeout(), config.getConnectTimeout()));
  }

  private static DefaultHttpClientConfiguration clientConfig(Duration readTimeout, Duration connectTimeout) {
    DefaultHttpClientConfiguration c = new DefaultHttpClientConfiguration();
    c.setReadTimeout(readTimeout);
    // Micronaut's whole-request timeout defaults to read timeout + 1 s; keep it explicit.
    c.setRequestTimeout(readTimeout.plusSeconds(1));
    c.setConnectTimeout(connectTimeout);
    // Error statuses are answers to classify, not exceptions.
    c.setExceptionOnErrorStatus(false);
    c.setNumOfThreads(1);
    return c;
  }

  /** @return the account name */
  public String account() {
    return config.getName();
  }

  /**
   * @param path a path beginning with {@code /}, appended to the base URL
   * @return the absolute URL
   */
  public String url(String path) {
    String base = config.getBaseUrl();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }

  /**
   * Resolves a result URL against the base URL, so that a provider answering a path such as
   * {@code /files/x.mp4} (not documented; tolerated) still yields an absolute URL.
   *
   * @param url an absolute or relative URL, or {@code null}
   * @return the absolute URL, or {@code null}
   */
  public String absolute(String url) {
    if (url == null) {
      return null;
    }
    try {
      return origin.resolve(url).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * Sends one request with the account's bearer token and reads the whole answer as text.
   *
   * @param call    {@link Call#SUBMIT} uses the submit timeout and classifies a lost answer as
   *                ambiguous; {@link Call#READ} uses the read timeout
   * @param request the request, with an absolute URL
   * @return the answer, whatever its status
   * @throws io.temporal.failure.ApplicationFailure when the account's {@link RateGate} holds the
   *     request back (retryable, not sent, the wait as next retry delay; see
   *     {@link ProviderErrors#rateLimitedLocally}), or when no answer came (see
   *     {@link ProviderErrors})
   */
  public HttpAnswer send(Call call, MutableHttpRequest<?> request) {
    Duration wait = gate.admit();
    if (!wait.isZero()) {
      throw ProviderErrors.rateLimitedLocally(account(), wait);
    }
    request.bearerAuth(config.getApiKey()).accept(MediaType.APPLICATION_JSON_TYPE);
    HttpClient client = call == Call.SUBMIT ? submitClient : readClient;
    HttpAnswer answer;
    long sent = System.nanoTime();
    try {
      answer = answer(client.toBlocking().exchange(request, Argument.STRING, Argument.STRING));
    } catch (HttpClientResponseException e) {
      // Not expected with exceptionOnErrorStatus=false, but an answer is an answer.
      answer = answer(e.getResponse());
    } catch (RuntimeException e) {
      measure(call, request, 0, sent);
      throw ProviderErrors.fromTransport(account(), call, e);
    }
    measure(call, request, answer.status(), sent);
    gate.answered(answer.status(), answer.retryAfter().orElse(null));
    return answer;
  }

  private void measure(Call call, MutableHttpRequest<?> request, int status, long sentNanos) {
    RunnerMetrics.providerCall(config.getDialect(), account(), call.name(), request.getMethodName(), status,
        Duration.ofNanos(System.nanoTime() - sentNanos));
  }

  private static HttpAnswer answer(HttpResponse<?> response) {
    String body = response.getBody(String.class).orElse("");
    return new HttpAnswer(response.code(), body, response.getHeaders().findFirst(HttpHeaders.RETRY_AFTER));
  }

  /**
   * The account's auth for a result URL, only when the URL has the provider's own origin (scheme,
   * host, port): a CDN never sees the key.
   *
   * @param url the result URL
   * @return {@code Authorization} header, or empty
   */
  public Map<String, String> authFor(String url) {
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Map.of();
    }
    boolean sameOrigin = origin.getScheme().equalsIgnoreCase(String.valueOf(u.getScheme()))
        && origin.getHost() != null && origin.getHost().equalsIgnoreCase(u.getHost())
        && port(origin) == port(u);
    return sameOrigin ? Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + config.getApiKey()) : Map.of();
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /**
   * @param text provider text that may echo what it was sent
   * @return the text without the api key or webhook tokens
   */
  public String scrub(String text) {
    return Secrets.scrub(text, config.getApiKey());
  }

  @Override
  public void close() {
    submitClient.close();
    readClient.close();
  }
}
