package io.seedancerunner.simulator.media;

/**
 * What an MP4 file looks like; also the key of the on-disk cache.
 *
 * @param width           pixels
 * @param height          pixels
 * @param durationSeconds seconds
 * @param audio           whether it has an AAC audio track
 */
public record VideoSpec(int width, int height, int durationSeconds, boolean audio) {

  /** @return the cache file name, for example {@code sim-v1-864x496-4s-silent.mp4} */
  public String fileName() {
    return "sim-v1-" + width + "x" + height + "-" + durationSeconds + "s-" + (audio ? "audio" : "silent") + ".mp4";
  }
}
