package io.seedancerunner.workflows.model;

/**
 * The one internal lifecycle every dialect's status vocabulary maps onto (docs/providers/README.md,
 * "Status vocabularies"). An unknown provider status maps to {@link #UNKNOWN}, which the
 * workflow treats as still running: it is never a crash.
 */
public enum TaskState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED,
  EXPIRED,
  UNKNOWN;

  /** @return true when the provider will not change this task any more */
  public boolean terminal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == EXPIRED;
  }
}
