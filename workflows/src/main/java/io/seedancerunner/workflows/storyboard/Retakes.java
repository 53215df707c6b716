package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.generation.Failures;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.failure.TimeoutFailure;
import java.util.Set;

/**
 * Which failed takes a shot takes again. Pure; safe in workflow code.
 *
 * <p>Taken again: failures that may pass on a new provider task — the provider failed or ended
 * the task ({@link Failures#PROVIDER_TASK_FAILED}, {@link Failures#PROVIDER_TASK_ENDED}), the
 * deadline passed ({@link Failures#DEADLINE_EXCEEDED}), the download broke
 * ({@link Failures#DOWNLOAD_INCOMPLETE}, {@link Failures#NOT_MP4}), or a timeout. Never taken again
 * on its own: a refused request ({@link Failures#PROVIDER_REJECTED}, which would be refused again),
 * an ambiguous submit ({@link Failures#AMBIGUOUS_SUBMIT}: the provider may hold and bill a task;
 * DESIGN.md forbids a blind repeat), an unknown account, a cancellation, and any failure type not
 * listed here (our choice: spend money only where a retake can help).
 */
final class Retakes {

  private static final Set<String> RETAKE = Set.of(Failures.PROVIDER_TASK_FAILED, Failures.PROVIDER_TASK_ENDED,
      Failures.DEADLINE_EXCEEDED, Failures.DOWNLOAD_INCOMPLETE, Failures.NOT_MP4);

  private Retakes() {}

  /** @return whether a new take may succeed where this failure's take did not */
  static boolean worthAnotherTake(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CanceledFailure) {
        return false;
      }
      if (t instanceof TimeoutFailure) {
        return true;
      }
      if (t instanceof ApplicationFailure a) {
        return RETAKE.contains(a.getType());
      }
    }
    return false;
  }

  /** @return whether the failure is a cancellation */
  static boolean cancelled(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CanceledFailure) {
        return true;
      }
    }
    return false;
  }

  /** @return the innermost message worth showing: the application failure's, else the outermost */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure a) {
        return a.getType() + ": " + a.getOriginalMessage();
      }
    }
    return failure instanceof TemporalFailure tf ? tf.getOriginalMessage() : String.valueOf(failure.getMessage());
  }
}
