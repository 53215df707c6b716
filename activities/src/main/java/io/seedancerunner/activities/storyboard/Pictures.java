package io.seedancerunner.activities.storyboard;

import io.seedancerunner.activities.media.MediaLibraries;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Decodes single pictures of a clip with FFmpeg ({@link MediaLibraries}) into Java images, and
 * writes JPEGs with ImageIO.
 */
final class Pictures {

  private static final long SECOND_MICROS = 1_000_000L;

  private Pictures() {}

  /**
   * Seeks to one second before the end and decodes to the last picture (what {@code ffmpeg -sseof -1
   * -update 1} keeps).
   *
   * @param clip an MP4
   * @return its last picture
   * @throws IOException when the clip does not decode or has no picture
   */
  static BufferedImage last(Path clip) throws IOException {
    try (FFmpegFrameGrabber g = MediaLibraries.open(clip); Java2DFrameConverter converter = new Java2DFrameConverter()) {
      g.setTimestamp(Math.max(0, g.getLengthInTime() - SECOND_MICROS));
      BufferedImage last = null;
      Frame f;
      while ((f = g.grabImage()) != null) {
        // The converter refills one image per call: after the loop it holds the last picture.
        last = converter.convert(f);
      }
      if (last == null) {
        throw new IOException("no picture in the last second of " + clip.getFileName());
      }
      return last;
    }
  }

  /**
   * @param clip    an MP4
   * @param seconds where, from the start
   * @return the first picture at or after that time
   * @throws IOException when the clip does not decode there
   */
  static BufferedImage at(Path clip, double seconds) throws IOException {
    try (FFmpegFrameGrabber g = MediaLibraries.open(clip); Java2DFrameConverter converter = new Java2DFrameConverter()) {
      g.setTimestamp(Math.round(seconds * SECOND_MICROS));
      Frame f = g.grabImage();
      if (f == null) {
        throw new IOException("no picture at " + seconds + " s in " + clip.getFileName());
      }
      return converter.convert(f);
    }
  }

  /**
   * @param image the picture
   * @param file  where to write it as a JPEG
   * @throws IOException when no JPEG writer is available or the file cannot be written
   */
  static void writeJpeg(BufferedImage image, Path file) throws IOException {
    if (!ImageIO.write(image, "jpg", file.toFile())) {
      throw new IOException("no JPEG writer in this Java runtime");
    }
  }
}
