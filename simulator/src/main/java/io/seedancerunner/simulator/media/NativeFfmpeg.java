package io.seedancerunner.simulator.media;

import java.io.IOException;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the FFmpeg libraries bundled by {@code org.bytedeco:ffmpeg} (classifier
 * {@code linux-x86_64-gpl}, which has libx264).
 *
 * <p>We call the libraries (avcodec, avformat) rather than the bundled {@code ffmpeg}
 * executable: the executable links libavdevice, which needs the system's {@code libpulse.so.0},
 * absent on slim machines and containers (measured: "error while loading shared libraries:
 * libpulse.so.0"); avcodec and avformat load without it.
 */
final class NativeFfmpeg {

  private static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
  private static volatile Throwable failure;
  private static volatile boolean loaded;

  private NativeFfmpeg() {}

  /**
   * Loads the libraries once.
   *
   * @throws IOException when they cannot be loaded on this machine
   */
  static synchronized void load() throws IOException {
    if (!loaded && failure == null) {
      try {
        // Prefer the -gpl build (the one with libx264) when both are on the class path.
        if (System.getProperty(EXTENSION_PROPERTY) == null) {
          System.setProperty(EXTENSION_PROPERTY, "-gpl");
        }
        Loader.load(avformat.class);
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        loaded = true;
      } catch (Throwable e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw new IOException("FFmpeg native libraries unavailable: " + failure, failure);
    }
  }
}
