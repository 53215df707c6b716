package io.seedancerunner.workflows.storyboard;

import java.util.List;

/**
 * One shot of a storyboard. Every override left {@code null} takes the storyboard's
 * {@link ShotDefaults}; the resolved shot is validated against its provider's catalogue like a
 * {@code POST /v1/generations} body.
 *
 * @param prompt             text prompt (required unless the dialect takes a visual input alone)
 * @param durationSeconds    duration in seconds, or {@code null} for the default
 * @param continuity         {@link Continuity#CUT} (the default) or {@link Continuity#CONTINUE};
 *                           the first shot cannot continue, and a {@code continue} shot sets no
 *                           {@code firstFrameUrl} of its own
 * @param firstFrameUrl      public http(s) URL of the first frame image, or {@code null}; cut
 *                           shots only
 * @param lastFrameUrl       public http(s) URL of the last frame image, or {@code null}
 * @param referenceImageUrls public http(s) URLs of reference images; empty when none
 * @param provider           provider account override, or {@code null}
 * @param model              model override, or {@code null}
 * @param resolution         resolution override, or {@code null}
 * @param aspectRatio        aspect ratio override, or {@code null}
 * @param generateAudio      audio override, or {@code null}
 * @param fixedLens          fixed lens override, or {@code null}
 * @param seed               provider seed (-1..4294967295), or {@code null} for the provider's
 * @param returnLastFrame    ask the provider for the last frame image (ark, openai-videos); the
 *                           reader sets it on a shot that a {@code continue} shot follows when
 *                           the shot's dialect has the option; {@code null} otherwise
 */
public record Shot(
    String prompt,
    Integer durationSeconds,
    Continuity continuity,
    String firstFrameUrl,
    String lastFrameUrl,
    List<String> referenceImageUrls,
    String provider,
    String model,
    String resolution,
    String aspectRatio,
    Boolean generateAudio,
    Boolean fixedLens,
    Long seed,
    Boolean returnLastFrame) {

  /** Normalises a null continuity to {@link Continuity#CUT} and null lists to empty ones. */
  public Shot {
    continuity = continuity == null ? Continuity.CUT : continuity;
    referenceImageUrls = referenceImageUrls == null ? List.of() : List.copyOf(referenceImageUrls);
  }

  /**
   * A shot with a prompt, a duration and a continuity, everything else from the defaults.
   *
   * @param prompt          text prompt
   * @param durationSeconds seconds, or {@code null} for the default
   * @param continuity      continuity
   * @return the shot
   */
  public static Shot of(String prompt, Integer durationSeconds, Continuity continuity) {
    return new Shot(prompt, durationSeconds, continuity, null, null, List.of(), null, null, null, null, null,
        null, null, null);
  }

  /** @return true when the shot continues from the shot before it */
  public boolean continues() {
    return continuity == Continuity.CONTINUE;
  }
}
