package io.seedancerunner.workflows.catalog;

import java.util.List;

/**
 * One model a dialect offers.
 *
 * @param id          model id as the API takes it, for example {@code seedance-2.0}
 * @param durations   allowed durations in seconds
 * @param resolutions allowed resolutions, for example {@code 480p}
 */
public record ModelSpec(String id, List<Integer> durations, List<String> resolutions) {}
