package io.seedancerunner.activities.provider;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.NoHostException;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * The one classification of provider answers into a {@link ProviderOutcome}, shared by every
 * dialect's adapter (README, "Failures and money"); the outcome's type is the failure's type:
 *
 * <ul>
 *   <li>retryable {@link ProviderOutcome#TRANSIENT}: connection refused, connect timeout, unknown
 *       host, 408, 425, 5xx, and the provider code {@code service_busy} whatever the status;
 *   <li>retryable {@link ProviderOutcome#RATE_LIMITED}: 429, its {@code Retry-After} the next retry
 *       delay;
 *   <li>not retryable {@link ProviderOutcome#INSUFFICIENT_CREDITS} (402 or a credits code),
 *       {@link ProviderOutcome#MODERATED} (a moderation code), {@link ProviderOutcome#INPUT_REJECTED}
 *       (every other 4xx: the request itself is wrong). Details: provider code, HTTP status;
 *   <li>a failed task's final record: {@link #taskOutcome}; a refused result link:
 *       {@link #linkRefused};
 *   <li>ambiguous: the request left and no answer came (read timeout, connection closed after the
 *       request was written). For a {@link Call#SUBMIT} this is a non-retryable
 *       {@link Failures#AMBIGUOUS_SUBMIT}, since neither implemented dialect has idempotency keys
 *       and the task may exist and bill; for a {@link Call#READ} it is transient.
 * </ul>
 *
 * <p>Failure messages name the account, the provider's code and message; they carry no secret.
 */
public final class ProviderErrors {

  /** Provider code used when the answer names none: {@code HTTP_<status>}. */
  private static final String HTTP_CODE_PREFIX = "HTTP_";

  /**
   * Code (first detail) of the transient failure thrown when this process held a request back
   * because the account's {@link RateGate} is closed; the request was not sent (HTTP status 0).
   */
  public static final String RATE_LIMITED_LOCALLY = Failures.RATE_LIMITED_LOCALLY;

  /**
   * Provider codes (lower case) of a moderation refusal, from the documents' error tables:
   * unified and seedance2ai {@code content_policy_violation}, open-api {@code content_moderation},
   * ark's {@code *SensitiveContentDetected} family (its public error code page).
   */
  private static final Set<String> MODERATION_CODES = Set.of("content_policy_violation", "content_moderation",
      "moderation_blocked", "content_filter", "sensitivecontentdetected", "inputtextsensitivecontentdetected",
      "inputimagesensitivecontentdetected", "inputvideosensitivecontentdetected",
      "inputaudiosensitivecontentdetected", "outputvideosensitivecontentdetected",
      "outputimagesensitivecontentdetected", "outputtextsensitivecontentdetected");

  /** Provider codes (lower case) of an account without credits: 402's codes and openai-videos' quota code. */
  private static final Set<String> INSUFFICIENT_CODES = Set.of("insufficient_credits", "insufficient_quota",
      "insufficient_balance", "accountoverdueerror");

  private ProviderErrors() {}

  /**
   * Classifies an error answer.
   *
   * @param account      provider account name
   * @param httpStatus   the effective HTTP status (the envelope's code when the provider wraps a
   *                     business failure in a 200)
   * @param providerCode the provider's error code, or {@code null}
   * @param message      the provider's message (already scrubbed of secrets), or {@code null}
   * @param retryAfter   the {@code Retry-After} header, or {@code null}
   * @return the failure to throw
   */
  public static ApplicationFailure fromAnswer(
      String account, int httpStatus, String providerCode, String message, String retryAfter) {
    String code = providerCode == null || providerCode.isBlank() ? HTTP_CODE_PREFIX + httpStatus : providerCode;
    // Reads "code: message" first, with the provider's own code (README, "Failures and money").
    String text = code + ": " + (message == null ? "" : message) + " (" + account + " answered HTTP " + httpStatus + ")";
    return failure(classify(httpStatus, code), text, code, httpStatus, parseRetryAfter(retryAfter, Instant.now()));
  }

  /**
   * Classifies an error answer to a call (submit, status read, cancel, download).
   *
   * @param httpStatus   the effective HTTP status
   * @param providerCode the provider's error code, may be {@code null}
   * @return {@link ProviderOutcome#INSUFFICIENT_CREDITS} for 402 or a credits code,
   *     {@link ProviderOutcome#MODERATED} for a moderation code, {@link ProviderOutcome#TRANSIENT}
   *     for {@code service_busy}, 408, 425, 5xx (and unexpected 1xx/3xx),
   *     {@link ProviderOutcome#RATE_LIMITED} for 429, else {@link ProviderOutcome#INPUT_REJECTED}
   */
  public static ProviderOutcome classify(int httpStatus, String providerCode) {
    String code = providerCode == null ? "" : providerCode.toLowerCase(Locale.ROOT);
    if (httpStatus == 402 || INSUFFICIENT_CODES.contains(code)) {
      return ProviderOutcome.INSUFFICIENT_CREDITS;
    }
    if (MODERATION_CODES.contains(code)) {
      return ProviderOutcome.MODERATED;
    }
    if (httpStatus == 429) {
      return ProviderOutcome.RATE_LIMITED;
    }
    return isRetryable(httpStatus, providerCode) ? ProviderOutcome.TRANSIENT : ProviderOutcome.INPUT_REJECTED;
  }

  /**
   * Classifies the final record of a task that ended without a video. Every dialect calls it with
   * the code its record carries (seedanceapi and openai-videos records carry none: then only the
   * state decides, so such a failure counts as the provider's own and a new task may follow).
   *
   * @param state        the mapped state: {@code FAILED}, {@code CANCELLED} or {@code EXPIRED}
   * @param providerCode the failed task's code, may be {@code null}
   * @return {@link ProviderOutcome#MODERATED} for a moderation code,
   *     {@link ProviderOutcome#INSUFFICIENT_CREDITS} for a credits code,
   *     {@link ProviderOutcome#INPUT_REJECTED} for a code starting {@code invalid},
   *     {@link ProviderOutcome#TASK_FAILED_FINAL} for a cancelled task, else (internal errors, an
   *     expired task, no code) {@link ProviderOutcome#TASK_FAILED_RETRYABLE}; {@code null} for a
   *     state that is not a failure
   */
  public static ProviderOutcome taskOutcome(TaskState state, String providerCode) {
    if (state != TaskState.FAILED && state != TaskState.CANCELLED && state != TaskState.EXPIRED) {
      return null;
    }
    String code = providerCode == null ? "" : providerCode.toLowerCase(Locale.ROOT);
    if (MODERATION_CODES.contains(code)) {
      return ProviderOutcome.MODERATED;
    }
    if (INSUFFICIENT_CODES.contains(code)) {
      return ProviderOutcome.INSUFFICIENT_CREDITS;
    }
    if (code.startsWith("invalid")) {
      return ProviderOutcome.INPUT_REJECTED;
    }
    return state == TaskState.CANCELLED ? ProviderOutcome.TASK_FAILED_FINAL : ProviderOutcome.TASK_FAILED_RETRYABLE;
  }

  /**
   * The provider refused a finished task's result link: non-retryable
   * {@link ProviderOutcome#LINK_REFUSED} (details: {@code HTTP_<status>}, status). The workflow asks
   * for a fresh link of the same task; it never pays for a new task because of it.
   *
   * @param where      the link's host (no query, no secret)
   * @param httpStatus the refusal's status
   * @param message    the answer's reason phrase, may be {@code null}
   * @return the failure to throw
   */
  public static ApplicationFailure linkRefused(String where, int httpStatus, String message) {
    String code = HTTP_CODE_PREFIX + httpStatus;
    return failure(ProviderOutcome.LINK_REFUSED, where + " refused the result link: HTTP " + httpStatus + " "
        + (message == null ? "" : message), code, httpStatus, null);
  }

  /**
   * @param httpStatus   HTTP status
   * @param providerCode the provider's code, may be {@code null}
   * @return true when repeating the same request later may succeed
   */
  public static boolean isRetryable(int httpStatus, String providerCode) {
    if (providerCode != null && providerCode.equalsIgnoreCase("service_busy")) {
      return true;
    }
    if (httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500) {
      return true;
    }
    // 4xx: the request is wrong. 1xx/3xx (unexpected for a JSON API, redirects are followed):
    // treated as transient, the careful choice for reads; a submit never gets here with 2xx.
    return httpStatus < 400;
  }

  private static ApplicationFailure failure(ProviderOutcome outcome, String text, String code, int httpStatus,
      Duration delay) {
    boolean retryable = outcome == ProviderOutcome.TRANSIENT || outcome == ProviderOutcome.RATE_LIMITED;
    ApplicationFailure.Builder b = ApplicationFailure.newBuilder()
        .setType(outcome.type())
        .setMessage(text)
        .setDetails(code, httpStatus)
        .setNonRetryable(!retryable);
    if (retryable && delay != null) {
      b.setNextRetryDelay(delay);
    }
    return b.build();
  }

  /**
   * Classifies a call that got no HTTP answer.
   *
   * @param account provider account name
   * @param call    what kind of call it was
   * @param error   what the HTTP client threw
   * @return the failure to throw
   */
  public static ApplicationFailure fromTransport(String account, Call call, Throwable error) {
    String what = describe(error);
    if (neverLeft(error)) {
      return ApplicationFailure.newBuilder()
          .setType(Failures.PROVIDER_TRANSIENT)
          .setMessage(account + " unreachable, the request did not leave: " + what)
          .setDetails("connect_error", 0)
          .build();
    }
    return lostAnswer(account, call, what);
  }

  /**
   * A 2xx answer the adapter cannot read (no task id, not JSON). For a submit the task may exist,
   * so it is ambiguous; a read is repeated.
   *
   * @param account provider account name
   * @param call    what kind of call it was
   * @param why     what was wrong with the answer (no secrets)
   * @return the failure to throw
   */
  public static ApplicationFailure unreadableAnswer(String account, Call call, String why) {
    return lostAnswer(account, call, "unreadable answer: " + why);
  }

  /**
   * @param account the account name the request named
   * @return non-retryable {@link Failures#UNKNOWN_PROVIDER}
   */
  public static ApplicationFailure unknownProvider(String account) {
    return ApplicationFailure.newBuilder()
        .setType(Failures.UNKNOWN_PROVIDER)
        .setMessage("no provider account named '" + account + "' in seedance.providers")
        .setDetails(account)
        .setNonRetryable(true)
        .build();
  }

  /**
   * The request asks for something the dialect cannot express; it is refused before anything is
   * sent. Non-retryable {@link Failures#PROVIDER_REJECTED} with HTTP status 0 (not sent).
   *
   * @param account provider account name
   * @param code    a code such as {@code unsupported_input}
   * @param message what cannot be sent
   * @return the failure to throw
   */
  public static ApplicationFailure unsupported(String account, String code, String message) {
    return ApplicationFailure.newBuilder()
        .setType(Failures.PROVIDER_REJECTED)
        .setMessage(account + " cannot express the request, not sent: " + code + ": " + message)
        .setDetails(code, 0)
        .setNonRetryable(true)
        .build();
  }

  /**
   * The account's {@link RateGate} held the request back: nothing was sent. Retryable
   * {@link Failures#PROVIDER_RATE_LIMITED} with details ({@link #RATE_LIMITED_LOCALLY}, 0) and the
   * wait as next retry delay, so that the retry comes when the gate opens.
   *
   * @param account provider account name
   * @param wait    how long until the gate opens, positive
   * @return the failure to throw
   */
  public static ApplicationFailure rateLimitedLocally(String account, Duration wait) {
    return ApplicationFailure.newBuilder()
        .setType(Failures.PROVIDER_RATE_LIMITED)
        .setMessage(account + ": not sent, the account's request limit is reached in this process ("
            + RATE_LIMITED_LOCALLY + "); next send in " + wait.toMillis() + " ms")
        .setDetails(RATE_LIMITED_LOCALLY, 0)
        .setNextRetryDelay(wait)
        .build();
  }

  /**
   * Parses {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
   *
   * @param value the header value, or {@code null}
   * @param now   the current time, for HTTP-dates
   * @return the delay, at least zero; {@code null} when absent or unreadable
   */
  public static Duration parseRetryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return Duration.ofSeconds(Math.max(0, seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static ApplicationFailure lostAnswer(String account, Call call, String what) {
    if (call == Call.SUBMIT) {
      return ApplicationFailure.newBuilder()
          .setType(Failures.AMBIGUOUS_SUBMIT)
          .setMessage(account + ": the submit left and no usable answer came (" + what
              + "); the task may exist and bill, so it is not repeated")
          .setDetails(account, what)
          .setNonRetryable(true)
          .build();
    }
    return ApplicationFailure.newBuilder()
        .setType(Failures.PROVIDER_TRANSIENT)
        .setMessage(account + ": no answer (" + what + ")")
        .setDetails("no_answer", 0)
        .build();
  }

  /**
   * True when the error shows the request never reached the provider: the TCP connection was
   * refused or timed out, the host is unknown. Micronaut wraps these in an
   * {@link HttpClientException} "Connect Error: ..." whose cause is a {@link ConnectException}
   * (Netty's connect timeout is one too).
   */
  static boolean neverLeft(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException || t instanceof NoHostException) {
        return true;
      }
      if (t instanceof HttpClientException && t.getMessage() != null
          && t.getMessage().toLowerCase(Locale.ROOT).startsWith("connect error")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
