package io.seedancerunner.workflows.model;

/**
 * A downloaded and verified MP4.
 *
 * @param path            absolute path of the file
 * @param bytes           size in bytes
 * @param sha256          sha256 of the file, lower-case hex
 * @param durationSeconds duration in seconds, read from the MP4's movie header
 * @param width           video width in pixels
 * @param height          video height in pixels
 */
public record VideoFile(String path, long bytes, String sha256, double durationSeconds, int width, int height) {}
