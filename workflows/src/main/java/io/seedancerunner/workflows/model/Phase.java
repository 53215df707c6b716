package io.seedancerunner.workflows.model;

/** Where a job is. Shown by the {@code status} query and the API. */
public enum Phase {
  /** Calling the provider's submit endpoint. */
  SUBMITTING,
  /** Submitted; waiting on a webhook or the next poll timer. */
  WAITING,
  /** Streaming the MP4 to storage. */
  DOWNLOADING,
  SUCCEEDED,
  FAILED,
  CANCELLED,
  /** The overall deadline passed before the provider finished. */
  TIMED_OUT;

  /** @return true when the job will not change any more */
  public boolean terminal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == TIMED_OUT;
  }
}
