package io.seedancerunner.workflows.model;

/** Where a job is. Shown by the {@code status} query and the API. */
public enum Phase {
  /** Held in our own queue until the provider account has a free task slot (max-queued-tasks). */
  QUEUED,
  /** Calling the provider's submit endpoint. */
  SUBMITTING,
  /**
   * A submit left and no answer came: the provider may have created (and billed) a task. Never
   * repeated on its own; reconciled where the dialect allows, else waiting for an operator's
   * {@code adoptTask(taskId)} or {@code resubmit()} Update.
   */
  UNKNOWN_SUBMIT,
  /** Submitted; waiting on a webhook or the next poll timer. */
  WAITING,
  /** Streaming the MP4 to storage. */
  DOWNLOADING,
  SUCCEEDED,
  FAILED,
  CANCELLED,
  /** The overall deadline passed before the provider finished. */
  TIMED_OUT,
  /**
   * The provider task succeeded (and was paid) but its video could not be fetched, not even from a
   * fresh link; the job's error names the task and its cost. No new task is paid for unless the
   * policy says {@code regenerateUndelivered}.
   */
  UNDELIVERED;

  /** @return true when the job will not change any more */
  public boolean terminal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == TIMED_OUT
        || this == UNDELIVERED;
  }
}
