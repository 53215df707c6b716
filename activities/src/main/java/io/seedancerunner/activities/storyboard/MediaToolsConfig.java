package io.seedancerunner.activities.storyboard;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Where FFmpeg lives, under {@code seedance.media}:
 *
 * <pre>
 * seedance:
 *   media:
 *     ffmpeg: ffmpeg        # the ffmpeg binary, on PATH by default
 *     ffprobe: ffprobe      # the ffprobe binary
 *     timeout: 20m          # longest one FFmpeg run may take (a re-encoded 30-shot film at 1080p)
 * </pre>
 */
@ConfigurationProperties("seedance.media")
public class MediaToolsConfig {

  private String ffmpeg = "ffmpeg";
  private String ffprobe = "ffprobe";
  private Duration timeout = Duration.ofMinutes(20);

  /** @return the ffmpeg command (a name on PATH or a path) */
  public String getFfmpeg() {
    return ffmpeg;
  }

  /** @param ffmpeg the ffmpeg command */
  public void setFfmpeg(String ffmpeg) {
    this.ffmpeg = ffmpeg;
  }

  /** @return the ffprobe command (a name on PATH or a path) */
  public String getFfprobe() {
    return ffprobe;
  }

  /** @param ffprobe the ffprobe command */
  public void setFfprobe(String ffprobe) {
    this.ffprobe = ffprobe;
  }

  /** @return the longest one FFmpeg or ffprobe run may take */
  public Duration getTimeout() {
    return timeout;
  }

  /** @param timeout the longest one run may take */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
