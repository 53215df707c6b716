package io.seedancerunner.simulator.unified;

import java.util.List;
import java.util.Map;

/**
 * What unified accepts and charges (seed 004), mirrored by the project's catalogue
 * {@code io.seedancerunner.workflows.catalog.UnifiedCatalogue}.
 *
 * <p>Charge rule: {@code credits_reserved = creditsPerSecond[quality] × duration}, × 1.1 with the
 * content filter off (seed: "billed at +10% (1.1x)"). The per-second figures are our choice (the
 * seed bills "per second" but gives none): 480p = 10, 720p = 20, 1080p = 40, so that 1.1x stays
 * whole. Audio is free (seed: "at no additional charge"). {@code adaptive} is rendered at 16:9
 * (our choice).
 */
final class UnifiedCatalogue {

  static final String MODEL = "seedance-2.0-text-to-video";
  static final List<String> RESOLUTIONS = List.of("480p", "720p", "1080p");
  static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive");
  static final List<String> FORBIDDEN_INPUTS = List.of("image_urls", "video_urls", "audio_urls");
  static final String DEFAULT_RESOLUTION = "720p";
  static final String DEFAULT_ASPECT_RATIO = "16:9";
  static final int DEFAULT_DURATION = 5;
  static final int DURATION_MIN = 4;
  static final int DURATION_MAX = 15;
  static final int PROMPT_MAX = 5000;
  static final int CALLBACK_URL_MAX = 2048;

  private static final Map<String, Long> CREDITS_PER_SECOND = Map.of("480p", 10L, "720p", 20L, "1080p", 40L);

  private UnifiedCatalogue() {}

  /**
   * @param quality       480p, 720p or 1080p
   * @param seconds       duration
   * @param contentFilter whether the content filter is on
   * @return the charge, in credits
   */
  static long credits(String quality, int seconds, boolean contentFilter) {
    long base = CREDITS_PER_SECOND.get(quality) * seconds;
    return contentFilter ? base : base * 11 / 10;
  }
}
