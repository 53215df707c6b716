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
 * <ul>
 *   <li>{@link Failures#PROVIDER_TRANSIENT}: nothing was created (connection refused, 429, 5xx,
 *       busy), so the submit is repeated after the failure's next retry delay (a 429's
 *       Retry-After) or an exponential back-off (2 s, 4 s, ... up to 60 s), at most
 *       {@link #MAX_ATTEMPTS} times;</li>
 *   <li>an activity timeout (the worker died, or the call hung past
 *       {@link ActivityStubs#SUBMIT_TIMEOUT}) means the request may have left: it is ambiguous and
 *       never repeated (DESIGN.md);</li>
 *   <li>anything else fails the job with the provider's failure.</li>
 * </ul>
 */
final class SubmitLoop {

  /** Most submit attempts for transient failures. */
  static final int MAX_ATTEMPTS = 5;

  private int attempts;
  private String lastError;

  /**
   * @param cancelled tells whether the workflow was asked to cancel; checked between attempts
   * @return the receipt, or {@code null} when cancelled between attempts
   * @throws ApplicationFailure non-retryable, with the type of the cause or
   *     {@link Failures#AMBIGUOUS_SUBMIT}
   */
  SubmitReceipt run(String jobId, GenerationRequest request, BooleanSupplier cancelled) {
    ProviderActivities provider = ActivityStubs.submit(request.provider());
    while (true) {
      attempts++;
      try {
        return provider.submit(jobId, 1, request);
      } catch (ActivityFailure e) {
        lastError = describe(e);
        Throwable cause = e.getCause();
        if (cause instanceof TimeoutFailure) {
          throw ApplicationFailure.newNonRetryableFailureWithCause(
              "submit to " + request.provider() + " timed out after the request may have left; "
                  + "not repeated, the provider may have created and billed a task",
              Failures.AMBIGUOUS_SUBMIT, e);
        }
        if (!(cause instanceof ApplicationFailure af) || !Failures.PROVIDER_TRANSIENT.equals(af.getType())) {
          String type = cause instanceof ApplicationFailure af ? af.getType() : Failures.PROVIDER_REJECTED;
          throw ApplicationFailure.newNonRetryableFailureWithCause(
              "submit to " + request.provider() + " failed: " + lastError, type, e);
        }
        if (attempts >= MAX_ATTEMPTS) {
          throw ApplicationFailure.newNonRetryableFailureWithCause(
              "submit to " + request.provider() + " failed " + attempts + " times: " + lastError,
              Failures.PROVIDER_TRANSIENT, e);
        }
        Duration backoff = Duration.ofSeconds(Math.min(60, 2L << (attempts - 1)));
        Duration delay = af.getNextRetryDelay() != null && af.getNextRetryDelay().compareTo(backoff) > 0
            ? af.getNextRetryDelay() : backoff;
        Workflow.sleep(delay);
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
