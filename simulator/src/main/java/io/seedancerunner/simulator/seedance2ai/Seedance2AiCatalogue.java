package io.seedancerunner.simulator.seedance2ai;

import java.util.List;
import java.util.Map;

/**
 * What seedance2ai accepts and charges (seed 003 "Parameters"), mirrored by the project's
 * catalogue {@code io.seedancerunner.workflows.catalog.Seedance2AiCatalogue}.
 *
 * <p>Charge rule: {@code credits_used = creditsPerSecond[tier/resolution] × duration}. Documented:
 * standard 720p = 6 credits per second (the seed's example: 30 credits for 5 s); the rest is our
 * choice: 1080p = twice 720p, mini = 2/3 of standard, pro 720p = 10, 1080p = 20, 1080p-plus = 30,
 * 4k = 40. Audio and channel do not change the price (chosen).
 *
 * <p>Rendering (our choice, to keep the simulator's encodes cheap): 1080p-plus and 4k are rendered
 * at 1080p pixel sizes, {@code adaptive} at 16:9; the status answer still echoes nothing but
 * the documented fields.
 */
final class Seedance2AiCatalogue {

  static final String MODEL = "seedance2";
  static final String TEXT_TO_VIDEO = "text-to-video";
  static final String IMAGE_TO_VIDEO = "image-to-video";
  static final String MEDIA_TO_VIDEO = "media-to-video";
  static final List<String> MODES = List.of(TEXT_TO_VIDEO, IMAGE_TO_VIDEO, MEDIA_TO_VIDEO);
  static final List<String> QUALITY_TIERS = List.of("mini", "standard", "pro");
  static final List<String> CHANNELS = List.of("standard", "real", "wild");
  static final List<String> ASPECT_RATIOS = List.of("1:1", "21:9", "4:3", "3:4", "16:9", "9:16", "adaptive");
  static final List<String> RESOLUTIONS = List.of("720p", "1080p", "1080p-plus", "4k");
  static final List<String> PRO_ONLY_RESOLUTIONS = List.of("1080p-plus", "4k");
  static final String DEFAULT_MODE = TEXT_TO_VIDEO;
  static final String DEFAULT_TIER = "standard";
  static final String DEFAULT_CHANNEL = "standard";
  static final String DEFAULT_ASPECT_RATIO = "16:9";
  static final String DEFAULT_RESOLUTION = "720p";
  static final int DEFAULT_DURATION = 5;
  static final int DURATION_MIN = 4;
  static final int DURATION_MAX = 15;
  static final int PROMPT_MIN = 3;
  static final int PROMPT_MAX = 10000;
  static final int MEDIA_MAX = 12;
  static final long SEED_MIN = -1;
  static final long SEED_MAX = 4294967295L;

  /** {@code <tier>/<resolution>} to credits per second of output. */
  private static final Map<String, Long> CREDITS_PER_SECOND = Map.of(
      "standard/720p", 6L, "standard/1080p", 12L,
      "mini/720p", 4L, "mini/1080p", 8L,
      "pro/720p", 10L, "pro/1080p", 20L, "pro/1080p-plus", 30L, "pro/4k", 40L);

  private Seedance2AiCatalogue() {}

  /**
   * @param tier       a quality tier
   * @param resolution a resolution the tier offers
   * @param seconds    duration
   * @return the charge, in credits
   */
  static long credits(String tier, String resolution, int seconds) {
    return CREDITS_PER_SECOND.get(tier + "/" + resolution) * seconds;
  }

  /** @return the resolution whose pixel size is rendered: 1080p for 1080p-plus and 4k */
  static String renderedResolution(String resolution) {
    return PRO_ONLY_RESOLUTIONS.contains(resolution) ? "1080p" : resolution;
  }

  /** @return the aspect ratio whose pixel size is rendered: 16:9 for adaptive */
  static String renderedAspectRatio(String ratio) {
    return "adaptive".equals(ratio) ? "16:9" : ratio;
  }
}
