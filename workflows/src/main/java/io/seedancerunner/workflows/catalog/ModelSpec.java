package io.seedancerunner.workflows.catalog;

import java.util.List;

/**
 * One model a dialect offers.
 *
 * @param id          model id as the API takes it, for example {@code seedance-2.0}
 * @param durations   allowed durations in seconds
 * @param resolutions allowed resolutions, for example {@code 480p}
 */
public record ModelSpec(String id, List<Integer> durations, List<String> resolutions) {

  /** 4..15 s, the range of seeds 000, 002, 003 and 004. */
  public static final List<Integer> FOUR_TO_FIFTEEN = List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

  /** 480p, 720p, 1080p. */
  public static final List<String> ALL_RESOLUTIONS = List.of("480p", "720p", "1080p");
}
