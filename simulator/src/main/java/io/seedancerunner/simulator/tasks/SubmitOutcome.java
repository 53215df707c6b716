package io.seedancerunner.simulator.tasks;

/**
 * The result of {@link Submissions#submit}: a task, or why none was created.
 *
 * @param task     the created task, or null
 * @param rejected why no task was created, or null
 */
public record SubmitOutcome(SimTask task, Rejection rejected) {

  /** Why a valid submit created no task. */
  public enum Rejection {
    /** The admin fault {@code submitErrors} was armed: answer 500. */
    INTERNAL_ERROR,
    /** The account's balance is below the charge: answer 402. */
    INSUFFICIENT_CREDITS
  }

  static SubmitOutcome created(SimTask task) {
    return new SubmitOutcome(task, null);
  }

  static SubmitOutcome rejected(Rejection why) {
    return new SubmitOutcome(null, why);
  }
}
