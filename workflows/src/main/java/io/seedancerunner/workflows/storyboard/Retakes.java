package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.failure.TimeoutFailure;

/**
 * Which failed takes a shot takes again. Pure; safe in workflow code.
 *
 * <p>Decided from the clip job's {@link ProviderOutcome}, as the clip job's own retries are: a take
 * is taken again when {@link ProviderOutcome#newTaskMayHelp()} (a task the provider failed for its
 * own reasons, a submit refused as transient). Never: moderation (it would be refused and maybe
 * paid again), invalid input, missing credits, an ambiguous submit (the provider may hold and bill
 * a task), an undelivered video (already paid), a cancellation. Besides provider outcomes, a
 * passed deadline ({@link Failures#DEADLINE_EXCEEDED}) or a timeout is taken again; any other
 * failure is not (our choice: spend money only where a retake can help).
 */
final class Retakes {

  private Retakes() {}

  /** @return whether a new take may succeed where this failure's take did not */
  static boolean worthAnotherTake(Throwable failure) {
    if (cancelled(failure)) {
      return false;
    }
    ProviderOutcome outcome = ProviderOutcome.of(failure);
    if (outcome != null) {
      return outcome.newTaskMayHelp();
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TimeoutFailure) {
        return true;
      }
      if (t instanceof ApplicationFailure a) {
        return Failures.DEADLINE_EXCEEDED.equals(a.getType());
      }
    }
    return false;
  }

  /**
   * @param failure a failed take
   * @return what the take's ledger captured in USD although it failed: the paid task of an
   *     undelivered video ({@link Failures#UNDELIVERED}, its third detail), else 0 (a failed task
   *     is free, README "Failures and money")
   */
  static double capturedUsd(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure a && Failures.UNDELIVERED.equals(a.getType())) {
        Double usd = a.getDetails().get(2, Double.class);
        return usd == null ? 0 : usd;
      }
    }
    return 0;
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
