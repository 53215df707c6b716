package io.seedancerunner.workflows.generation;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import java.util.List;
import java.util.Locale;

/**
 * Why an attempt ended, what that means for the money, and whether another attempt may follow.
 * Pure functions; workflow code.
 *
 * <p>Retried (issue 4): transient provider failures (a task the provider failed for its own
 * reasons, a submit refused as transient until {@link SubmitLoop#MAX_ATTEMPTS}) and expired
 * links. Never retried: content moderation, invalid input, insufficient credits, a cancel, the
 * job's deadline, or any attempt whose provider task may still run.
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
    /** The task ended at the provider: capture what it reports (failed, nothing reported: 0). */
    CAPTURE_ENDED,
    /** The task succeeded: capture what it reports (nothing reported: the estimate). */
    CAPTURE_SUCCEEDED,
    /** The task may still run: ask its status once, then capture or hold. */
    CHECK
  }

  /** Where the attempt was when it ended. */
  enum Stage { RESERVE, QUEUE, SUBMIT, WAIT, DOWNLOAD }

  /** Words in a provider's failure code or message that mark a failure no retry can fix. */
  private static final List<String> PERMANENT = List.of(
      "moderation", "policy", "sensitive", "safety", "invalid", "insufficient", "quota_exceeded");

  /**
   * @param stage     where the attempt was
   * @param failure   what ended it
   * @param ambiguous whether a submit of this attempt is unresolved (UNKNOWN_SUBMIT)
   * @param taskKnown whether the provider's task id is known
   * @param state     the provider's last state word for a task that ended there
   * @return the ending
   */
  static AttemptEnding of(Stage stage, RuntimeException failure, boolean ambiguous, boolean taskKnown, String state) {
    boolean cancelled = isCancel(failure);
    String type = type(failure);
    String reason = describe(failure);
    switch (stage) {
      case RESERVE:
      case QUEUE:
        return new AttemptEnding(Books.RELEASE, false, reason);
      case SUBMIT:
        if (ambiguous || Failures.AMBIGUOUS_SUBMIT.equals(type)) {
          return new AttemptEnding(Books.CHECK, false, reason);
        }
        if (taskKnown) {
          return new AttemptEnding(Books.CHECK, false, reason);
        }
        return new AttemptEnding(Books.RELEASE, !cancelled && Failures.PROVIDER_TRANSIENT.equals(type), reason);
      case WAIT:
        if (Failures.PROVIDER_TASK_FAILED.equals(type)) {
          return new AttemptEnding(Books.CAPTURE_ENDED, !permanent(reason), reason);
        }
        if (Failures.PROVIDER_TASK_ENDED.equals(type)) {
          return new AttemptEnding(Books.CAPTURE_ENDED, "EXPIRED".equalsIgnoreCase(state)
              || reason.toLowerCase(Locale.ROOT).contains("expire"), reason);
        }
        return new AttemptEnding(Books.CHECK, false, reason);
      case DOWNLOAD:
      default:
        boolean linkOrTransient = Failures.PROVIDER_REJECTED.equals(type) || Failures.PROVIDER_TRANSIENT.equals(type)
            || Failures.DOWNLOAD_INCOMPLETE.equals(type) || failure instanceof ActivityFailure && type == null;
        return new AttemptEnding(Books.CAPTURE_SUCCEEDED, !cancelled && linkOrTransient,
            Failures.PROVIDER_REJECTED.equals(type) ? "link expired: " + reason : reason);
    }
  }

  /** @return true for moderation, invalid input and insufficient credits */
  static boolean permanent(String reason) {
    String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    return PERMANENT.stream().anyMatch(text::contains);
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
