package io.seedancerunner.workflows.storyboard;

/**
 * What a shot that still fails after its own attempts does to the storyboard. In storyboard files
 * the values are written {@code fail-film} and {@code partial-film}.
 */
public enum FailurePolicy {
  /**
   * The storyboard fails: shots still generating are cancelled (at the provider where the dialect
   * can), and the workflow fails with {@link StoryboardWorkflow#STORYBOARD_FAILED}. Finished shots
   * are kept: a new run of the same storyboard id adopts them instead of generating them again.
   */
  FAIL_FILM,
  /**
   * The film is stitched from the shots that succeeded; a failed shot, and the {@code continue}
   * shots that hang from it, are left out ({@link ShotPhase#FAILED}, {@link ShotPhase#SKIPPED}).
   */
  PARTIAL_FILM
}
