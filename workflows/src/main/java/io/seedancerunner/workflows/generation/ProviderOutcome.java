package io.seedancerunner.workflows.generation;

import io.temporal.failure.ApplicationFailure;

/**
 * The one classification of a provider's answer, made once by each dialect's adapter
 * (activities' {@code ProviderErrors}) and carried as the {@code ApplicationFailure} type (a
 * refused call) or in {@code TaskSnapshot.outcome} (a task that ended without a video). The clip
 * job's retries and a storyboard's retakes both decide from it; nothing reads message text.
 *
 * <p>Retried with a new paid task ({@link #newTaskMayHelp()}): transient and rate-limited submits
 * (nothing was created) and a task the provider failed for its own reasons. Never: invalid input,
 * moderation, missing credits, a task failed for good, and an ambiguous submit (the provider may
 * hold and bill a task). A refused link is answered with a fresh link of the same task, never a
 * new task (README, "Failures and money").
 */
public enum ProviderOutcome {
  /** Nothing was created and a later call may work (connection refused, 408, 5xx, busy). */
  TRANSIENT(Failures.PROVIDER_TRANSIENT, true),
  /** 429 (or the account's own gate): wait the failure's next retry delay, then call again. */
  RATE_LIMITED(Failures.PROVIDER_RATE_LIMITED, true),
  /** The provider refused the request's input (400, 401, 404, other 4xx). */
  INPUT_REJECTED(Failures.PROVIDER_REJECTED, false),
  /** The provider's content moderation refused the request or the task. */
  MODERATED(Failures.PROVIDER_MODERATED, false),
  /** The account lacks credits (402, {@code insufficient_credits}, {@code insufficient_quota}). */
  INSUFFICIENT_CREDITS(Failures.INSUFFICIENT_CREDITS, false),
  /** The task failed for the provider's own reasons (internal error, expired in queue). */
  TASK_FAILED_RETRYABLE(Failures.PROVIDER_TASK_FAILED, true),
  /** The task failed for good or was cancelled at the provider. */
  TASK_FAILED_FINAL(Failures.PROVIDER_TASK_FAILED_FINAL, false),
  /** The provider refused a finished task's result link (expired, 401/403/404/410). */
  LINK_REFUSED(Failures.LINK_REFUSED, false),
  /** The submit left and no usable answer came: the task may exist and bill. */
  AMBIGUOUS(Failures.AMBIGUOUS_SUBMIT, false);

  private final String type;
  private final boolean newTaskMayHelp;

  ProviderOutcome(String type, boolean newTaskMayHelp) {
    this.type = type;
    this.newTaskMayHelp = newTaskMayHelp;
  }

  /** @return the {@code ApplicationFailure} type that carries this outcome */
  public String type() {
    return type;
  }

  /** @return whether a new (paid) provider task may succeed where this one did not */
  public boolean newTaskMayHelp() {
    return newTaskMayHelp;
  }

  /**
   * @param type an {@code ApplicationFailure} type
   * @return the outcome it carries, or {@code null} for a type that is no provider outcome
   */
  public static ProviderOutcome ofType(String type) {
    for (ProviderOutcome o : values()) {
      if (o.type.equals(type)) {
        return o;
      }
    }
    return null;
  }

  /**
   * @param failure a failure chain (activity, child workflow or application failure)
   * @return the outcome of the innermost {@code ApplicationFailure} that carries one, or
   *     {@code null} when none does (a cancel, a timeout, a download or budget failure)
   */
  public static ProviderOutcome of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure a && ofType(a.getType()) != null) {
        return ofType(a.getType());
      }
    }
    return null;
  }
}
