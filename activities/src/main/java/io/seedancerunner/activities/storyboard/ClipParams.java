package io.seedancerunner.activities.storyboard;

/**
 * What decides whether clips can be joined by stream copy, read with ffprobe. Two clips with equal
 * {@link #joinKey()}s concatenate without re-encoding.
 *
 * @param durationSeconds the container's duration in seconds
 * @param videoCodec      video codec name, for example {@code h264}
 * @param videoProfile    codec profile, for example {@code High}
 * @param width           pixels
 * @param height          pixels
 * @param pixelFormat     for example {@code yuv420p}
 * @param frameRate       {@code r_frame_rate}, for example {@code 24/1}
 * @param timeBase        the video stream's time base, for example {@code 1/12288}
 * @param audioCodec      audio codec name, or {@code null} when the clip is silent
 * @param sampleRate      audio sample rate in Hz, 0 when silent
 * @param channels        audio channels, 0 when silent
 */
public record ClipParams(
    double durationSeconds,
    String videoCodec,
    String videoProfile,
    int width,
    int height,
    String pixelFormat,
    String frameRate,
    String timeBase,
    String audioCodec,
    int sampleRate,
    int channels) {

  /** @return whether the clip has an audio stream */
  public boolean hasAudio() {
    return audioCodec != null;
  }

  /** @return everything but the duration, as one comparable string */
  public String joinKey() {
    return String.join("|", videoCodec, videoProfile, width + "x" + height, pixelFormat, frameRate, timeBase,
        String.valueOf(audioCodec), sampleRate + "", channels + "");
  }
}
