package io.seedancerunner.activities.media;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;

/**
 * The one media stack of the runner: FFmpeg's libraries (avformat, avcodec, swscale, swresample)
 * as bundled by {@code org.bytedeco:ffmpeg} (classifier {@code linux-x86_64-gpl}, which has
 * libx264), driven through JavaCV ({@code org.bytedeco:javacv}). No {@code ffmpeg} or
 * {@code ffprobe} executable is run: the bundled executables link libavdevice, which needs the
 * system's {@code libpulse.so.0}, absent on slim machines; the libraries load without it.
 */
public final class MediaLibraries {

  private static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

  private MediaLibraries() {}

  /** Loads once, on first use (the JVM's class initialisation is the lock). */
  private static final class Loaded {
    static final Throwable FAILURE = loadNow();

    private static Throwable loadNow() {
      // Prefer the -gpl build (the one with libx264) when both are on the class path.
      if (System.getProperty(EXTENSION_PROPERTY) == null) {
        System.setProperty(EXTENSION_PROPERTY, "-gpl");
      }
      try {
        Loader.load(avformat.class);
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        FFmpegLogCallback.setLevel(avutil.AV_LOG_ERROR);
        return null;
      } catch (Throwable e) {
        return e;
      }
    }
  }

  /**
   * Loads the libraries once, with FFmpeg's own log at errors only.
   *
   * @throws IOException when they cannot be loaded on this machine (the cause names the library)
   */
  public static void load() throws IOException {
    Throwable failure = Loaded.FAILURE;
    if (failure != null) {
      throw new IOException("FFmpeg libraries (org.bytedeco:ffmpeg) unavailable on this machine: " + failure, failure);
    }
  }

  /**
   * @param file a media file
   * @return a started grabber on it; close it when done
   * @throws IOException when the libraries are missing or the file does not open as media
   */
  public static FFmpegFrameGrabber open(Path file) throws IOException {
    return open(file, g -> { });
  }

  /**
   * @param file  a media file
   * @param setup settings applied before the grabber starts (for example the sample format it
   *              converts sound to)
   * @return a started grabber on it; close it when done
   * @throws IOException when the libraries are missing or the file does not open as media
   */
  public static FFmpegFrameGrabber open(Path file, Consumer<FFmpegFrameGrabber> setup) throws IOException {
    load();
    File f = file.toFile();
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(f);
    setup.accept(grabber);
    try {
      grabber.start();
    } catch (FFmpegFrameGrabber.Exception e) {
      grabber.close();
      throw new IOException(file.getFileName() + " does not open as media: " + e.getMessage(), e);
    }
    return grabber;
  }
}
