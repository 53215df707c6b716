package io.seedancerunner.simulator.ark;

import io.seedancerunner.simulator.media.PixelSizes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What ark accepts per model (the project's {@code ArkCatalogue} in {@code workflows} cites the
 * sources; the simulator does not depend on that module, so the figures are repeated here) and
 * what a task costs in tokens.
 *
 * <p>Token rule (Seedance 2.0 billing note, mirrored at
 * https://docs.ai-tokenhub.com/en/api-guides/Doubao-Seedance-2.0-Billing-Instructions):
 * {@code (input video seconds + output seconds) × width × height × 24 / 1024}, rounded up, with
 * the pixel sizes of {@link PixelSizes}; for example 720p 16:9 for 4 s = 4 × 1280 × 720 × 24 / 1024 = 86400.
 * (Real answers show one frame more, 97 frames for 4 s = 87300 tokens; the simulator keeps the
 * documented formula.) The minimum charge the docs mention for video inputs is not simulated.
 */
final class ArkModels {

  /**
   * One model.
   *
   * @param id          model id
   * @param durations   allowed durations, seconds
   * @param resolutions allowed resolutions
   * @param references  whether it takes reference images, videos and audio (the 2.0 family)
   * @param flex        whether it takes {@code service_tier=flex} (docs: 2.0 and 2.0 fast do not)
   * @param cameraFixed whether it takes {@code camera_fixed=true} (docs: 2.0 and 2.0 fast do not)
   */
  record Model(String id, List<Integer> durations, List<String> resolutions, boolean references,
      boolean flex, boolean cameraFixed) {}

  static final String SEEDANCE_2_0 = "dreamina-seedance-2-0-260128";
  static final String SEEDANCE_2_0_FAST = "dreamina-seedance-2-0-fast-260128";
  static final String SEEDANCE_1_5_PRO = "seedance-1-5-pro-251215";

  static final int FPS = 24;
  static final int DEFAULT_DURATION = 5;
  static final String DEFAULT_RESOLUTION = "720p";
  static final String DEFAULT_RATIO = "16:9";
  /** Ratio chosen for {@code adaptive}: the simulator cannot look at the input image. */
  static final String ADAPTIVE_AS = "16:9";
  static final int PROMPT_MAX = 5000;
  static final int REFERENCE_IMAGES_MAX = 9;
  static final int REFERENCE_VIDEOS_MAX = 3;
  static final int REFERENCE_AUDIOS_MAX = 3;
  static final int DEFAULT_EXPIRES_AFTER = 172_800;
  static final int MAX_EXPIRES_AFTER = 259_200;
  static final List<String> RATIOS = List.of("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive");
  static final List<String> SERVICE_TIERS = List.of("default", "flex");

  static final Map<String, Model> MODELS = new LinkedHashMap<>();

  static {
    List<Integer> fourToFifteen = IntStream.rangeClosed(4, 15).boxed().toList();
    List<String> all = List.of("480p", "720p", "1080p");
    MODELS.put(SEEDANCE_2_0, new Model(SEEDANCE_2_0, fourToFifteen, all, true, false, false));
    MODELS.put(SEEDANCE_2_0_FAST, new Model(SEEDANCE_2_0_FAST, fourToFifteen, List.of("480p", "720p"), true, false, false));
    MODELS.put(SEEDANCE_1_5_PRO, new Model(SEEDANCE_1_5_PRO, IntStream.rangeClosed(4, 12).boxed().toList(), all,
        false, true, true));
  }

  private ArkModels() {}

  /**
   * @param ratio a ratio from {@link #RATIOS}
   * @return the ratio the video is made in: {@link #ADAPTIVE_AS} for {@code adaptive}
   */
  static String pixelRatio(String ratio) {
    return "adaptive".equals(ratio) ? ADAPTIVE_AS : ratio;
  }

  /**
   * @param resolution     {@code 480p|720p|1080p}
   * @param ratio          a ratio of the pixel table (not {@code adaptive})
   * @param seconds        output duration
   * @param inputSeconds   total length of the reference videos, seconds
   * @return the task's tokens, rounded up to a whole token (our choice, the careful side; the
   *     project's {@code CostEstimator} rounds the same way, so its estimate equals this charge)
   */
  static long tokens(String resolution, String ratio, int seconds, int inputSeconds) {
    PixelSizes.Size size = PixelSizes.of(resolution, ratio);
    long pixelFrames = (long) (seconds + inputSeconds) * size.width() * size.height() * FPS;
    return (pixelFrames + 1023) / 1024;
  }
}
