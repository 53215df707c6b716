package io.seedancerunner.simulator.openaivideos;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What openai-videos accepts (seed 002 "Request"): models {@code seedance-2.0} and
 * {@code seedance-2.0-fast} (no 1080p), durations 4..15 s or -1 (automatic), resolutions
 * 480p/720p/1080p, ratios 16:9, 4:3, 1:1, 3:4, 9:16, 21:9 and {@code adaptive}, service tiers
 * auto/default/priority, seed -1..2^32-1.
 *
 * <p>Our choices where the seed is silent, matching the project's catalogue
 * ({@code io.seedancerunner.workflows.catalog.OpenAiVideosCatalogue}): defaults 720p, 16:9,
 * 5 s (also what -1 picks); prompt at most 5000 characters; at most 9 images, 3 videos and 3
 * audio items. {@code adaptive} "follows the input image", which the simulator never fetches: its
 * file is 16:9.
 *
 * <p>Charge rule (ours; the seed gives no prices): 1 credit per second of video.
 */
final class OpenAiVideosCatalogue {

  static final String DEFAULT_RESOLUTION = "720p";
  static final String DEFAULT_RATIO = "16:9";
  static final String ADAPTIVE = "adaptive";
  static final int DEFAULT_DURATION = 5;
  static final int AUTO_DURATION = -1;
  static final int PROMPT_MAX = 5000;
  static final int IMAGES_MAX = 9;
  static final int VIDEOS_MAX = 3;
  static final int AUDIO_MAX = 3;
  static final long SEED_MAX = 4294967295L;

  static final List<Integer> DURATIONS = IntStream.rangeClosed(4, 15).boxed().toList();
  static final List<String> RATIOS = List.of("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", ADAPTIVE);
  static final List<String> SERVICE_TIERS = List.of("auto", "default", "priority");
  static final List<String> ROLES = List.of("first_frame", "last_frame", "reference_image");

  /** Model id to its resolutions. */
  static final Map<String, List<String>> MODELS = Map.of(
      "seedance-2.0", List.of("480p", "720p", "1080p"),
      "seedance-2.0-fast", List.of("480p", "720p"));

  private OpenAiVideosCatalogue() {}

  /**
   * @param seconds duration of the video
   * @return the charge in credits: one per second
   */
  static long credits(int seconds) {
    return seconds;
  }

  /**
   * @param ratio a supported ratio
   * @return the ratio of the simulator's file: {@code adaptive} becomes 16:9
   */
  static String pixelRatio(String ratio) {
    return ADAPTIVE.equals(ratio) ? DEFAULT_RATIO : ratio;
  }
}
