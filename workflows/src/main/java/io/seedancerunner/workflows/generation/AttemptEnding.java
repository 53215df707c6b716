package io.seedancerunner.workflows.generation;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;

/**
 * Why an attempt ended, what that means for the money, and whether another attempt may follow.
 * Decides from the adapter's {@link ProviderOutcome} only. Pure functions; workflow code.
 *
 * <p>Another (paid) attempt follows only where {@link ProviderOutcome#newTaskMayHelp()}: a
 * transient or rate-limited submit that created nothing, or a task the provider failed for its own
 * reasons. Never: moderation, invalid input, missing credits, a task failed for good, a cancel, the
 * job's deadline, an attempt whose task may still run, or a task that succeeded (its video is
 * paid: only the policy {@code regenerateUndelivered} may pay for another).
 *
 * @param books     what happens to the attempt's reservation
 * @param retryable whether another attempt may follow
 * @param reason    in words, for the attempt log
 */
record AttemptEnding(Books books, boolean retryable, String reason) {

  /** What happens to the reservation. */
  enum Books {
    /** Nothing reached the provider, or the provider created nothing: release all. */
    RELEASE,
    /** The task ended without a video: capture what its final record reports (nothing: 0). */
    CAPTURE_ENDED,
    /** The task succeeded: capture what its final record reports. */
    CAPTURE_SUCCEEDED,
    /** The task may still run: ask its status once, then capture or hold. */
    CHECK
  }

  /** Where the attempt was when it ended. */
  enum Stage { RESERVE, QUEUE, SUBMIT, WAIT, DOWNLOAD }

  /**
   * @param stage                 where the attempt was
   * @param failure               what ended it
   * @param ambiguous             whether a submit of this attempt is unresolved (UNKNOWN_SUBMIT)
   * @param taskKnown             whether the provider's task id is known
   * @param regenerateUndelivered the job's policy for a paid task whose video could not be fetched
   * @return the ending
   */
  static AttemptEnding of(Stage stage, RuntimeException failure, boolean ambiguous, boolean taskKnown,
      boolean regenerateUndelivered) {
    boolean cancelled = isCancel(failure);
    ProviderOutcome outcome = cancelled ? null : ProviderOutcome.of(failure);
    boolean newTaskMayHelp = outcome != null && outcome.newTaskMayHelp();
    String reason = describe(failure);
    return switch (stage) {
      case RESERVE, QUEUE -> new AttemptEnding(Books.RELEASE, false, reason);
      case SUBMIT -> ambiguous || taskKnown || outcome == ProviderOutcome.AMBIGUOUS
          ? new AttemptEnding(Books.CHECK, false, reason)
          : new AttemptEnding(Books.RELEASE, newTaskMayHelp, reason);
      case WAIT -> failure instanceof ApplicationFailure && outcome != null
          ? new AttemptEnding(Books.CAPTURE_ENDED, newTaskMayHelp, reason)
          : new AttemptEnding(Books.CHECK, false, reason);
      case DOWNLOAD -> new AttemptEnding(Books.CAPTURE_SUCCEEDED, !cancelled && regenerateUndelivered, reason);
    };
  }

  static boolean isCancel(Throwable failure) {
    return failure instanceof CanceledFailure || failure != null && failure.getCause() instanceof CanceledFailure;
  }

  /** @return the application failure type of {@code failure} or of its cause, else {@code null} */
  static String type(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure af) {
        return af.getType();
      }
    }
    return null;
  }

  static String describe(Throwable failure) {
    if (failure instanceof ActivityFailure af) {
      return SubmitLoop.describe(af);
    }
    if (failure instanceof ApplicationFailure af) {
      return af.getType() + ": " + af.getOriginalMessage();
    }
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }
}
