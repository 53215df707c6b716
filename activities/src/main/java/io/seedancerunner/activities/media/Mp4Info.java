package io.seedancerunner.activities.media;

/**
 * What the MP4 structure says about a clip.
 *
 * @param durationSeconds duration in seconds, from the movie header ({@code mvhd} duration /
 *                        timescale)
 * @param width           video track width in pixels
 * @param height          video track height in pixels
 */
public record Mp4Info(double durationSeconds, int width, int height) {}
