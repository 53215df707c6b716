package io.seedancerunner.activities.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.client.exceptions.ResponseClosedException;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderErrorsTest {

  @ParameterizedTest
  @CsvSource({
      "400, invalid_request, false",
      "401, unauthorized, false",
      "402, insufficient_credits, false",
      "404, not_found, false",
      "409, idempotency_conflict, false",
      "429, rate_limited, true",
      "500, internal_error, true",
      "502, , true",
      "503, service_busy, true",
      "200, service_busy, true",
      "408, , true"})
  void classifiesByStatusAndCode(int status, String code, boolean retryable) {
    ApplicationFailure f = ProviderErrors.fromAnswer("acct", status, code, "why", null);
    String expected = status == 402 ? Failures.INSUFFICIENT_CREDITS : status == 429 ? Failures.PROVIDER_RATE_LIMITED
        : retryable ? Failures.PROVIDER_TRANSIENT : Failures.PROVIDER_REJECTED;
    assertEquals(expected, f.getType());
    assertEquals(!retryable, f.isNonRetryable());
    String expectedCode = code == null ? "HTTP_" + status : code;
    assertEquals(expectedCode, f.getDetails().get(0, String.class));
    assertTrue(f.getOriginalMessage().startsWith(expectedCode + ": why (acct answered HTTP " + status + ")"),
        "reads code: message first: " + f.getOriginalMessage());
    assertEquals(status, f.getDetails().get(1, Integer.class));
    assertTrue(f.getOriginalMessage().contains(expectedCode) && f.getOriginalMessage().contains("why"),
        f.getOriginalMessage());
  }

  @Test
  void retryAfterSecondsBecomesTheNextRetryDelay() {
    ApplicationFailure f = ProviderErrors.fromAnswer("acct", 429, "rate_limited", "slow down", "7");
    assertEquals(Duration.ofSeconds(7), f.getNextRetryDelay());
    assertNull(ProviderErrors.fromAnswer("acct", 503, null, null, null).getNextRetryDelay());
  }

  @Test
  void retryAfterHttpDate() {
    Instant now = Instant.parse("2026-11-02T10:00:00Z");
    assertEquals(Duration.ofSeconds(90),
        ProviderErrors.parseRetryAfter("Mon, 02 Nov 2026 10:01:30 GMT", now));
    assertEquals(Duration.ZERO, ProviderErrors.parseRetryAfter("Mon, 02 Nov 2026 09:00:00 GMT", now));
    assertNull(ProviderErrors.parseRetryAfter("soon", now));
    assertEquals(Duration.ZERO, ProviderErrors.parseRetryAfter("-3", now));
  }

  @Test
  void connectErrorsAreTransientEvenForSubmits() {
    HttpClientException refused = new HttpClientException("Connect Error: Connection refused",
        new ConnectException("Connection refused"));
    ApplicationFailure f = ProviderErrors.fromTransport("acct", Call.SUBMIT, refused);
    assertEquals(Failures.PROVIDER_TRANSIENT, f.getType());
    assertFalse(f.isNonRetryable());
  }

  @Test
  void lostAnswerIsAmbiguousForSubmitAndTransientForReads() {
    for (RuntimeException lost : new RuntimeException[] {
        ReadTimeoutException.TIMEOUT_EXCEPTION, new ResponseClosedException("Connection closed before response was received")}) {
      ApplicationFailure submit = ProviderErrors.fromTransport("acct", Call.SUBMIT, lost);
      assertEquals(Failures.AMBIGUOUS_SUBMIT, submit.getType());
      assertTrue(submit.isNonRetryable());
      ApplicationFailure read = ProviderErrors.fromTransport("acct", Call.READ, lost);
      assertEquals(Failures.PROVIDER_TRANSIENT, read.getType());
      assertFalse(read.isNonRetryable());
    }
  }

  @Test
  void unknownProviderIsNotRetryable() {
    ApplicationFailure f = ProviderErrors.unknownProvider("nope");
    assertEquals(Failures.UNKNOWN_PROVIDER, f.getType());
    assertTrue(f.isNonRetryable());
  }

  @Test
  void secretsAreScrubbed() {
    String echoed = "bad callback https://runner.example/v1/webhooks/acct/sb1%2Fshot-3/0123456789abcdef0123456789abcdef"
        + " for key sk_live_secret";
    String clean = Secrets.scrub(echoed, "sk_live_secret");
    assertFalse(clean.contains("0123456789abcdef0123456789abcdef"), clean);
    assertFalse(clean.contains("sk_live_secret"), clean);
    assertTrue(clean.contains("/v1/webhooks/acct/sb1%2Fshot-3/[redacted]"), clean);
  }

  @ParameterizedTest
  @CsvSource({
      "400, content_policy_violation, MODERATED",
      "400, InputTextSensitiveContentDetected, MODERATED",
      "402, , INSUFFICIENT_CREDITS",
      "200, insufficient_quota, INSUFFICIENT_CREDITS",
      "429, rate_limited, RATE_LIMITED",
      "503, service_busy, TRANSIENT",
      "400, invalid_request, INPUT_REJECTED"})
  void everyAnswerIsClassifiedIntoOneOutcome(int status, String code, ProviderOutcome expected) {
    assertEquals(expected, ProviderErrors.classify(status, code));
    assertEquals(expected.type(), ProviderErrors.fromAnswer("acct", status, code, "why", null).getType());
  }

  @ParameterizedTest
  @CsvSource({
      "FAILED, content_moderation, MODERATED",
      "FAILED, OutputVideoSensitiveContentDetected, MODERATED",
      "FAILED, insufficient_credits, INSUFFICIENT_CREDITS",
      "FAILED, INVALID_PROMPT, INPUT_REJECTED",
      "FAILED, internal_error, TASK_FAILED_RETRYABLE",
      "FAILED, , TASK_FAILED_RETRYABLE",
      "EXPIRED, , TASK_FAILED_RETRYABLE",
      "CANCELLED, , TASK_FAILED_FINAL"})
  void aFailedTasksFinalRecordIsClassifiedByItsCode(TaskState state, String code, ProviderOutcome expected) {
    assertEquals(expected, ProviderErrors.taskOutcome(state, code));
  }

  @Test
  void aRefusedLinkIsItsOwnOutcomeNeverRetriedAsIs() {
    ApplicationFailure f = ProviderErrors.linkRefused("cdn.example", 403, "Forbidden");
    assertEquals(Failures.LINK_REFUSED, f.getType());
    assertTrue(f.isNonRetryable());
    assertNull(ProviderErrors.taskOutcome(TaskState.SUCCEEDED, null));
  }
}
