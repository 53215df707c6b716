package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Submits with retries decided in the workflow. Workflow code.
 *
 * <p>Decides from the adapter's {@link ProviderOutcome}:
 *
 * <ul>
 *   <li>{@link ProviderOutcome#TRANSIENT} or {@link ProviderOutcome#RATE_LIMITED}: nothing was created (connection refused, 429, 5xx,
 *       busy), so the submit is repeated: after exactly the failure's next retry delay when it
 *       has one (a 429's Retry-After, or the account's own rate gate), without limit until the
 *       job's deadline; otherwise after an exponential back-off (2 s, 4 s, ... up to 60 s), at
 *       most {@link #MAX_ATTEMPTS} failures;</li>
 *   <li>an activity timeout (the worker died, or the call hung past
 *       {@link ActivityStubs#SUBMIT_TIMEOUT}) or {@link ProviderOutcome#AMBIGUOUS}
 *       means the request may have left: the outcome is ambiguous and the submit is never
 *       repeated here (docs/decisions.md); the workflow reconciles it;</li>
 *   <li>anything else fails the job with the provider's failure.</li>
 * </ul>
 */
final class SubmitLoop {

  /** Most submit attempts for transient failures. */
  static final int MAX_ATTEMPTS = 5;

  private int attempts;
  private String lastError;

  /**
   * What one submit attempt of the job came to.
   *
   * @param receipt   the provider's receipt, or {@code null}
   * @param ambiguous why the submit is ambiguous (the request may have left, no answer came), or
   *                  {@code null}
   */
  record Outcome(SubmitReceipt receipt, String ambiguous) {
    /** @return true when the provider may have created a task nobody knows the id of */
    boolean isAmbiguous() {
      return ambiguous != null;
    }
  }

  /**
   * @param jobId     job id
   * @param attempt   the job's attempt (the idempotency key's suffix)
   * @param request   what to generate
   * @param deadlineAt the job's deadline, epoch milliseconds: rate-limited retries (which do not
   *                   count against {@link #MAX_ATTEMPTS}) stop there
   * @param cancelled tells whether the workflow was asked to cancel; checked between attempts
   * @return the receipt, an ambiguous outcome, or {@code null} when cancelled between attempts
   * @throws ApplicationFailure non-retryable, with the type of the provider's refusal
   */
  Outcome run(String jobId, int attempt, GenerationRequest request, long deadlineAt, BooleanSupplier cancelled) {
    int failures = 0;
    while (true) {
      attempts++;
      ProviderActivities provider = ActivityStubs.submit(request.provider(), "submit to " + request.provider()
          + " · " + request.model() + (attempt > 1 ? " · attempt " + attempt : "")
          + (attempts > 1 ? " (" + Timers.ordinal(attempts) + " try)" : ""));
      try {
        return new Outcome(provider.submit(jobId, attempt, request), null);
      } catch (ActivityFailure e) {
        lastError = describe(e);
        Throwable cause = e.getCause();
        ProviderOutcome outcome = ProviderOutcome.of(cause);
        if (cause instanceof TimeoutFailure || outcome == ProviderOutcome.AMBIGUOUS) {
          return new Outcome(null, "submit to " + request.provider() + " may have left without an answer ("
              + lastError + "); not repeated, the provider may have created and billed a task");
        }
        if (!(cause instanceof ApplicationFailure af)
            || outcome != ProviderOutcome.TRANSIENT && outcome != ProviderOutcome.RATE_LIMITED) {
          String type = outcome != null ? outcome.type() : Failures.PROVIDER_REJECTED;
          // The provider's refusal reads "code: message (account answered HTTP status)".
          String refusal = cause instanceof ApplicationFailure af ? af.getOriginalMessage() : lastError;
          throw ApplicationFailure.newNonRetryableFailureWithCause(
              refusal + "; submit to " + request.provider() + " refused", type, e);
        }
        // A rate limit names its own wait (Retry-After): honoured exactly, and not a failure.
        boolean rateLimited = af.getNextRetryDelay() != null;
        if (!rateLimited) {
          failures++;
        }
        if (failures >= MAX_ATTEMPTS) {
          throw ApplicationFailure.newNonRetryableFailureWithCause(
              "submit to " + request.provider() + " failed " + failures + " times: " + lastError,
              Failures.PROVIDER_TRANSIENT, e);
        }
        Duration delay = rateLimited ? af.getNextRetryDelay()
            : Duration.ofSeconds(Math.min(60, 2L << (Math.min(failures, 6) - 1)));
        if (Workflow.currentTimeMillis() + delay.toMillis() >= deadlineAt) {
          throw ApplicationFailure.newNonRetryableFailureWithCause(
              "submit to " + request.provider() + " still refused at the job's deadline: " + lastError,
              Failures.DEADLINE_EXCEEDED, e);
        }
        Timers.sleep(delay, (rateLimited ? "Retry-After of " : "back off ") + delay.toSeconds()
            + " s before submitting to " + request.provider() + " again");
        if (cancelled.getAsBoolean()) {
          return null;
        }
      }
    }
  }

  /** @return submit attempts made so far */
  int attempts() {
    return attempts;
  }

  /** @return the last transient error, or {@code null} */
  String lastError() {
    return lastError;
  }

  /** @return the innermost message of an activity failure, for the status query */
  static String describe(ActivityFailure e) {
    Throwable cause = e.getCause();
    if (cause instanceof ApplicationFailure af) {
      return af.getType() + ": " + af.getOriginalMessage();
    }
    return cause == null ? e.getMessage() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
