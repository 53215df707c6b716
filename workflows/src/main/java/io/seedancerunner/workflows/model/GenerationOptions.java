package io.seedancerunner.workflows.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Provider options beyond the shape of the clip. Every field is {@code null} when the request
 * leaves it to the provider's default; a dialect that cannot express a set option refuses the
 * request with a 400 naming the field (see the catalogue's {@code options}).
 *
 * @param seed                         random seed, -1..4294967295 (-1 = random); ark, openai-videos
 *                                     ({@code metadata.seed}), seedance2ai
 * @param watermark                    add the provider's watermark; ark, openai-videos
 * @param serviceTier                  ark {@code default|flex}; openai-videos
 *                                     {@code auto|default|priority}
 * @param returnLastFrame              ask the provider for the last frame image too; ark,
 *                                     openai-videos ({@code metadata.return_last_frame})
 * @param executionExpiresAfterSeconds task expiry at the provider, in seconds (for example
 *                                     172800); ark, openai-videos
 * @param contentFilter                unified's content filter; {@code false} is billed at 1.1x
 *                                     (seed 004)
 */
public record GenerationOptions(
    Long seed,
    Boolean watermark,
    String serviceTier,
    Boolean returnLastFrame,
    Integer executionExpiresAfterSeconds,
    Boolean contentFilter) {

  /** No option set: every provider default applies. */
  public static final GenerationOptions NONE = new GenerationOptions(null, null, null, null, null, null);

  /**
   * @return true when no option is set. Not a property: Jackson would write it as {@code "empty"}
   *     into workflow history and then refuse to read it back (unknown property).
   */
  @JsonIgnore
  public boolean isEmpty() {
    return equals(NONE);
  }
}
