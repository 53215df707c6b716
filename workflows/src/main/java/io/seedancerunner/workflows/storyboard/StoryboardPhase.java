package io.seedancerunner.workflows.storyboard;

/** Where a storyboard is. */
public enum StoryboardPhase {
  /** Shots are waiting or generating. */
  GENERATING,
  /** Every shot has settled; FFmpeg joins the film and draws the contact sheet. */
  STITCHING,
  /**
   * The film and contact sheet are on disk; the workflow stays open for {@code reshoot} Updates
   * until {@link StoryboardStatus#reshootsOpenUntil()}, then completes with the same result.
   */
  FILM_READY,
  /** The workflow has completed with its {@link StoryboardResult}. */
  COMPLETED,
  /** A shot failed a {@code fail-film} storyboard, or stitching failed; the workflow failed. */
  FAILED,
  /** The storyboard was cancelled; shots still generating were cancelled too. */
  CANCELLED
}
