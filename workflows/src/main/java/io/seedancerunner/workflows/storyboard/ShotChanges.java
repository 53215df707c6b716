package io.seedancerunner.workflows.storyboard;

import java.util.List;

/**
 * What a {@code reshoot} changes in a shot before taking it again; every {@code null} keeps the
 * shot's current value. The provider and model stay: to move a shot to another account, edit the
 * storyboard and run it again.
 *
 * @param prompt             new prompt, or {@code null}
 * @param durationSeconds    new duration in seconds, or {@code null}
 * @param seed               new provider seed, or {@code null}
 * @param firstFrameUrl      new first frame URL (cut shots only), or {@code null}
 * @param lastFrameUrl       new last frame URL, or {@code null}
 * @param referenceImageUrls new reference image URLs, or {@code null} to keep them
 */
public record ShotChanges(
    String prompt,
    Integer durationSeconds,
    Long seed,
    String firstFrameUrl,
    String lastFrameUrl,
    List<String> referenceImageUrls) {

  /** No change: the shot is taken again as it is (a new take, a new provider task). */
  public static final ShotChanges NONE = new ShotChanges(null, null, null, null, null, null);

  /**
   * @param shot the shot as it is
   * @return the shot with these changes applied
   */
  public Shot applyTo(Shot shot) {
    return new Shot(
        prompt != null ? prompt : shot.prompt(),
        durationSeconds != null ? durationSeconds : shot.durationSeconds(),
        shot.continuity(),
        firstFrameUrl != null ? firstFrameUrl : shot.firstFrameUrl(),
        lastFrameUrl != null ? lastFrameUrl : shot.lastFrameUrl(),
        referenceImageUrls != null ? referenceImageUrls : shot.referenceImageUrls(),
        shot.provider(), shot.model(), shot.resolution(), shot.aspectRatio(), shot.generateAudio(),
        shot.fixedLens(),
        seed != null ? seed : shot.seed(),
        shot.returnLastFrame());
  }
}
