package io.seedancerunner.workflows.model;

import java.util.List;

/**
 * One clip as a studio asks for it, in the providers' own terms. This is the internal request
 * model every dialect adapter translates from; it never holds a secret, because it travels in
 * workflow history.
 *
 * @param provider           provider account name from config (for example {@code sim-open-api});
 *                           the account names a dialect id from {@code seeds/README.md}
 * @param model              model id, for example {@code seedance-2.0}
 * @param prompt             text prompt; may be empty only where the dialect allows a visual input alone
 * @param durationSeconds    clip duration in seconds
 * @param resolution         {@code 480p|720p|1080p}
 * @param aspectRatio        aspect ratio such as {@code 16:9}
 * @param generateAudio      ask the provider for a synchronized audio track
 * @param fixedLens          ask the provider to lock the camera lens
 * @param firstFrameUrl      public URL of the first frame image, or {@code null}
 * @param lastFrameUrl       public URL of the last frame image, or {@code null}
 * @param referenceImageUrls public URLs of reference images; empty when none
 */
public record GenerationRequest(
    String provider,
    String model,
    String prompt,
    int durationSeconds,
    String resolution,
    String aspectRatio,
    boolean generateAudio,
    boolean fixedLens,
    String firstFrameUrl,
    String lastFrameUrl,
    List<String> referenceImageUrls) {

  /** Normalises a null reference list to an empty one. */
  public GenerationRequest {
    referenceImageUrls = referenceImageUrls == null ? List.of() : List.copyOf(referenceImageUrls);
  }

  /**
   * Number of images the request carries (first frame, last frame and references), the figure
   * the catalogues limit.
   *
   * @return count of image inputs, 0 or more
   */
  public int imageCount() {
    return (firstFrameUrl == null ? 0 : 1) + (lastFrameUrl == null ? 0 : 1) + referenceImageUrls.size();
  }
}
