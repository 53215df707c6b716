package io.seedancerunner.simulator.tasks;

/**
 * The simulator's one internal lifecycle; each dialect maps it onto its own status words
 * (open-api: queued/processing/succeeded/failed/cancelled; seedanceapi: IN_PROGRESS/SUCCESS/FAILED).
 */
public enum TaskPhase {
  /** Accepted, waiting: the first 10% of the generation time. */
  QUEUED,
  /** Generating: the rest of the generation time (and until the MP4 file is ready). */
  PROCESSING,
  /** Finished with a video. */
  SUCCEEDED,
  /** Finished without a video. */
  FAILED,
  /** Cancelled by the client (open-api only). */
  CANCELLED;

  /** @return true for SUCCEEDED, FAILED and CANCELLED */
  public boolean terminal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
