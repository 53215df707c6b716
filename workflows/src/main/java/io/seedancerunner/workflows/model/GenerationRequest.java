package io.seedancerunner.workflows.model;

import java.util.List;

/**
 * One clip as a studio asks for it, in the providers' own terms. This is the internal request
 * model every dialect adapter translates from; it never holds a secret, because it travels in
 * workflow history.
 *
 * @param provider           provider account name from config (for example {@code sim-open-api});
 *                           the account names a dialect id from {@code docs/providers/README.md}
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
 * @param referenceVideoUrls public URLs of source or reference videos (video continuation on
 *                           openai-videos, {@code reference_video} on ark, {@code media_urls} on
 *                           seedance2ai); empty when none
 * @param referenceAudioUrls public URLs of driving audio (audio-driven video on openai-videos,
 *                           {@code reference_audio} on ark); empty when none
 * @param options            provider options; {@link GenerationOptions#NONE} when none is set
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
    List<String> referenceImageUrls,
    List<String> referenceVideoUrls,
    List<String> referenceAudioUrls,
    GenerationOptions options) {

  /**
   * Normalises null lists to empty ones and null options to {@link GenerationOptions#NONE}, so
   * that a request recorded in an older history (without the later fields) reads the same.
   */
  public GenerationRequest {
    referenceImageUrls = referenceImageUrls == null ? List.of() : List.copyOf(referenceImageUrls);
    referenceVideoUrls = referenceVideoUrls == null ? List.of() : List.copyOf(referenceVideoUrls);
    referenceAudioUrls = referenceAudioUrls == null ? List.of() : List.copyOf(referenceAudioUrls);
    options = options == null ? GenerationOptions.NONE : options;
  }

  /** A request with image inputs only and no provider options (the foundation's shape). */
  public GenerationRequest(String provider, String model, String prompt, int durationSeconds,
      String resolution, String aspectRatio, boolean generateAudio, boolean fixedLens,
      String firstFrameUrl, String lastFrameUrl, List<String> referenceImageUrls) {
    this(provider, model, prompt, durationSeconds, resolution, aspectRatio, generateAudio, fixedLens,
        firstFrameUrl, lastFrameUrl, referenceImageUrls, List.of(), List.of(), GenerationOptions.NONE);
  }

  /**
   * @param newProvider another provider account name
   * @return this request sent to that account
   */
  public GenerationRequest withProvider(String newProvider) {
    return new GenerationRequest(newProvider, model, prompt, durationSeconds, resolution, aspectRatio,
        generateAudio, fixedLens, firstFrameUrl, lastFrameUrl, referenceImageUrls, referenceVideoUrls,
        referenceAudioUrls, options);
  }

  /** @return this request for another model (a fallback step) */
  public GenerationRequest withModel(String newModel) {
    return new GenerationRequest(provider, newModel, prompt, durationSeconds, resolution, aspectRatio,
        generateAudio, fixedLens, firstFrameUrl, lastFrameUrl, referenceImageUrls, referenceVideoUrls,
        referenceAudioUrls, options);
  }

  /** @return true when the request carries any image, video or audio input */
  public boolean hasVisualInput() {
    return imageCount() > 0 || !referenceVideoUrls.isEmpty() || !referenceAudioUrls.isEmpty();
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
