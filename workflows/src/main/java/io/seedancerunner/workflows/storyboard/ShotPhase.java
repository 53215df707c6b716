package io.seedancerunner.workflows.storyboard;

/** Where one shot of a storyboard is. */
public enum ShotPhase {
  /** Waiting: for the shot it continues from, or for a free place under {@code maxParallelShots}. */
  PENDING,
  /** Taking the last frame of the shot before it (a {@code continue} shot). */
  PREPARING,
  /** Its {@code GenerationWorkflow} child runs (the child's own status has the live detail). */
  GENERATING,
  /** Generated and downloaded; {@link ShotStatus#video()} is the file. */
  SUCCEEDED,
  /** Failed after all its takes; {@link ShotStatus#lastError()} says why. */
  FAILED,
  /** Not made: the shot it continues from failed (partial film). */
  SKIPPED,
  /** Cancelled with the storyboard, or because another shot failed a {@code fail-film} storyboard. */
  CANCELLED;

  /** @return true when the shot will not change any more unless it is reshot */
  public boolean settled() {
    return this == SUCCEEDED || this == FAILED || this == SKIPPED || this == CANCELLED;
  }
}
