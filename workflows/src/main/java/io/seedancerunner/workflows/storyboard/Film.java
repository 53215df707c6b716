package io.seedancerunner.workflows.storyboard;

/**
 * A stitched film and its contact sheet, as the stitch activity made them.
 *
 * @param path             absolute path of {@code film.mp4}
 * @param contactSheetPath absolute path of {@code contact-sheet.jpg} (one frame per shot, tiled)
 * @param bytes            size of the film in bytes
 * @param durationSeconds  the film's duration in seconds, read back with ffprobe
 * @param shots            how many shots it joins
 * @param reencoded        false when the shots were joined by stream copy (same codecs and
 *                         parameters), true when they had to be re-encoded
 */
public record Film(
    String path,
    String contactSheetPath,
    long bytes,
    double durationSeconds,
    int shots,
    boolean reencoded) {}
