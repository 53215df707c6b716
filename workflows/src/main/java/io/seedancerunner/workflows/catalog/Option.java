package io.seedancerunner.workflows.catalog;

/**
 * Provider options, each with the {@code POST /v1/generations} field that carries it. A dialect
 * lists the ones it can express in {@link DialectCatalogue#options()}.
 */
public enum Option {
  /** {@code generateAudio}: a synchronized audio track. */
  AUDIO("generateAudio"),
  /** {@code fixedLens}: lock the camera ({@code camera_fixed}, {@code fixed_lens}). */
  FIXED_LENS("fixedLens"),
  /** {@code seed}: -1..4294967295. */
  SEED("seed"),
  /** {@code watermark}. */
  WATERMARK("watermark"),
  /** {@code serviceTier}: one of {@link DialectCatalogue#serviceTiers()}. */
  SERVICE_TIER("serviceTier"),
  /** {@code returnLastFrame}: the provider returns the last frame image too. */
  RETURN_LAST_FRAME("returnLastFrame"),
  /** {@code executionExpiresAfterSeconds}: task expiry at the provider. */
  EXECUTION_EXPIRES_AFTER("executionExpiresAfterSeconds"),
  /** {@code contentFilter}: unified's content filter (off = 1.1x price). */
  CONTENT_FILTER("contentFilter");

  private final String field;

  Option(String field) {
    this.field = field;
  }

  /** @return the request field name, for example {@code generateAudio} */
  public String field() {
    return field;
  }
}
