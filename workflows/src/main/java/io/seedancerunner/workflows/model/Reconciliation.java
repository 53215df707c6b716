package io.seedancerunner.workflows.model;

/**
 * What the provider says about a submit whose answer was lost (docs/decisions.md: an ambiguous submit is
 * never repeated blindly).
 *
 * @param outcome what was found
 * @param receipt the task the submit created, when {@link Outcome#FOUND}; else {@code null}
 * @param detail  a sentence for operators: what was asked and what came back
 */
public record Reconciliation(Outcome outcome, SubmitReceipt receipt, String detail) {

  /** How a reconciliation ended. */
  public enum Outcome {
    /** The task the lost submit created is known: adopt it. */
    FOUND,
    /** The provider's list shows no matching task in the window. */
    NOT_FOUND,
    /** More than one task matches; an operator must choose ({@code adoptTask}). */
    AMBIGUOUS,
    /** The dialect has neither idempotency keys nor a task list: an operator must decide. */
    UNSUPPORTED
  }

  /** @return a reconciliation the dialect cannot perform */
  public static Reconciliation unsupported(String dialect) {
    return new Reconciliation(Outcome.UNSUPPORTED, null,
        dialect + " has neither idempotency keys nor a task list; an operator must adoptTask(taskId) or resubmit()");
  }
}
