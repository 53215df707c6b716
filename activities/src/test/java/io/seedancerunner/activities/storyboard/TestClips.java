package io.seedancerunner.activities.storyboard;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import io.seedancerunner.activities.media.MediaLibraries;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Real little MP4s made with FFmpeg's libraries (a moving pattern, optional tone), for the media tests. */
final class TestClips {

  private TestClips() {}

  /**
   * @param file    where to write
   * @param seconds duration
   * @param width   pixels
   * @param height  pixels
   * @param fps     frame rate
   * @param tone    whether to add an AAC 440 Hz stereo tone at 48 kHz
   * @return the file
   */
  static Path make(Path file, double seconds, int width, int height, int fps, boolean tone) throws Exception {
    MediaLibraries.load();
    int frames = (int) Math.round(seconds * fps);
    try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, tone ? 2 : 0);
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      r.setFormat("mp4");
      r.setVideoCodec(AV_CODEC_ID_H264);
      r.setPixelFormat(AV_PIX_FMT_YUV420P);
      r.setFrameRate(fps);
      r.setVideoOption("preset", "ultrafast");
      if (tone) {
        r.setAudioCodec(AV_CODEC_ID_AAC);
        r.setSampleRate(48_000);
      }
      r.start();
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
      long samples = 0;
      for (int n = 0; n < frames; n++) {
        paint(image, n, frames);
        r.record(converter.convert(image));
        if (tone) {
          long until = Math.round((n + 1) * 48_000.0 / fps);
          short[] pcm = new short[(int) (until - samples) * 2];
          for (int k = 0; k < pcm.length / 2; k++) {
            short v = (short) (6000 * Math.sin(2 * Math.PI * 440 * (samples + k) / 48_000));
            pcm[2 * k] = v;
            pcm[2 * k + 1] = v;
          }
          r.recordSamples(48_000, 2, ShortBuffer.wrap(pcm));
          samples = until;
        }
      }
      r.stop();
    }
    return file;
  }

  /** A gradient that brightens over the clip and a white box that crosses it: every frame differs. */
  private static void paint(BufferedImage image, int n, int frames) {
    Graphics2D g = image.createGraphics();
    int level = 255 * n / Math.max(1, frames - 1);
    g.setColor(new Color(level, 64, 255 - level));
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.WHITE);
    int box = image.getHeight() / 3;
    g.fillRect((image.getWidth() - box) * n / Math.max(1, frames - 1), box, box, box);
    g.dispose();
  }

  /**
   * @param clip an MP4
   * @return every picture, decoded, in order
   */
  static List<BufferedImage> pictures(Path clip) throws Exception {
    List<BufferedImage> out = new ArrayList<>();
    try (FFmpegFrameGrabber g = MediaLibraries.open(clip); Java2DFrameConverter c = new Java2DFrameConverter()) {
      Frame f;
      while ((f = g.grabImage()) != null) {
        BufferedImage src = c.convert(f);
        BufferedImage copy = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(src, 0, 0, null);
        out.add(copy);
      }
    }
    return out;
  }
}
