package io.seedancerunner.workflows.catalog;

/**
 * The input modes beyond a text prompt, each with the {@code POST /v1/generations} field that
 * carries it. A dialect lists the ones it can express in {@link DialectCatalogue#inputs()}.
 */
public enum Input {
  /** First frame image (image-to-video). */
  FIRST_FRAME("firstFrameUrl"),
  /** Last frame image (first + last frame). */
  LAST_FRAME("lastFrameUrl"),
  /** Reference images (multi-image reference). */
  REFERENCE_IMAGES("referenceImageUrls"),
  /** Source or reference videos (video continuation, media-to-video). */
  REFERENCE_VIDEOS("referenceVideoUrls"),
  /** Driving audio (audio-driven video). */
  REFERENCE_AUDIO("referenceAudioUrls");

  private final String field;

  Input(String field) {
    this.field = field;
  }

  /** @return the request field name, for example {@code firstFrameUrl} */
  public String field() {
    return field;
  }
}
