package io.seedancerunner.simulator.seedanceapi;

import java.util.List;
import java.util.Map;

/**
 * What seedanceapi accepts and charges (seed 001 "API Parameters Reference" and "Pricing").
 * The API has no model field; it always runs Seedance 2.0.
 */
final class SeedanceApiCatalogue {

  static final String MODEL = "seedance-2.0";
  static final String DEFAULT_ASPECT_RATIO = "1:1";
  static final String DEFAULT_RESOLUTION = "720p";
  static final int DEFAULT_DURATION = 8;
  static final int PROMPT_MAX = 2000;
  static final int IMAGES_MAX = 1;
  static final List<String> ASPECT_RATIOS = List.of("1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21");
  static final List<String> RESOLUTIONS = List.of("480p", "720p");
  static final List<Integer> DURATIONS = List.of(4, 8, 12);

  /** Key {@code <resolution>/<seconds>}: credits without audio, credits with audio. */
  private static final Map<String, long[]> CREDITS = Map.of(
      "480p/4", new long[] {8, 14},
      "480p/8", new long[] {14, 28},
      "480p/12", new long[] {19, 38},
      "720p/4", new long[] {14, 28},
      "720p/8", new long[] {28, 56},
      "720p/12", new long[] {42, 84});

  private SeedanceApiCatalogue() {}

  /**
   * @param resolution {@code 480p} or {@code 720p}
   * @param seconds    4, 8 or 12
   * @param audio      whether audio is generated (roughly doubles the price)
   * @return the charge in credits, from seed 001's pricing table
   */
  static long credits(String resolution, int seconds, boolean audio) {
    long[] row = CREDITS.get(resolution + "/" + seconds);
    return audio ? row[1] : row[0];
  }
}
