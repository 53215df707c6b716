package io.seedancerunner.activities.storyboard;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;

import io.seedancerunner.activities.media.MediaLibraries;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Joins clips of different shapes by re-encoding, as FFmpeg's concat filter would: H.264 (libx264
 * {@code veryfast}, CRF 20, yuv420p) at the first clip's size (even) and frame rate, each picture
 * letterboxed on black; AAC 48 kHz stereo at 160 kb/s when any clip has sound, silence for the
 * clips without. Each clip lasts its probed duration in the film: pictures are repeated or dropped
 * to the output frame rate, sound is padded with silence or cut, so picture and sound stay in step.
 */
final class FilmReencode {

  static final int SAMPLE_RATE = 48_000;
  static final int CHANNELS = 2;

  private FilmReencode() {}

  /**
   * @param clips  the clips, film order
   * @param params their probed parameters, same order
   * @param part   the MP4 to write (overwritten)
   * @throws IOException when a clip does not decode or the film does not encode
   */
  static void join(List<Path> clips, List<ClipParams> params, Path part) throws IOException {
    MediaLibraries.load();
    ClipParams first = params.get(0);
    int width = first.width() - first.width() % 2;
    int height = first.height() - first.height() % 2;
    double fps = frameRate(first.frameRate());
    boolean sound = params.stream().anyMatch(ClipParams::hasAudio);
    try (FFmpegFrameRecorder film = new FFmpegFrameRecorder(part.toFile(), width, height, sound ? CHANNELS : 0);
        Java2DFrameConverter in = new Java2DFrameConverter(); Java2DFrameConverter out = new Java2DFrameConverter()) {
      film.setFormat("mp4");
      film.setOption("movflags", "+faststart");
      film.setVideoCodec(AV_CODEC_ID_H264);
      film.setPixelFormat(AV_PIX_FMT_YUV420P);
      film.setFrameRate(fps);
      film.setVideoOption("preset", "veryfast");
      film.setVideoOption("crf", "20");
      if (sound) {
        film.setAudioCodec(AV_CODEC_ID_AAC);
        film.setSampleRate(SAMPLE_RATE);
        film.setAudioBitrate(160_000);
      }
      film.start();
      Clock clock = new Clock(fps);
      BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
      for (int i = 0; i < clips.size(); i++) {
        clock.startClip(params.get(i).durationSeconds());
        try (FFmpegFrameGrabber clip = MediaLibraries.open(clips.get(i), g -> {
          g.setSampleRate(SAMPLE_RATE);
          g.setAudioChannels(CHANNELS);
          g.setSampleFormat(AV_SAMPLE_FMT_S16);
        })) {
          Frame f;
          Frame picture = null;
          while ((f = clip.grab()) != null) {
            if (f.image != null) {
              picture = paint(canvas, in.convert(f), out);
              for (long n = clock.picturesDue(f.timestamp); n > 0; n--) {
                film.record(picture);
              }
            } else if (sound && f.samples != null) {
              recordSamples(film, (ShortBuffer) f.samples[0], clock);
            }
          }
          for (long n = clock.picturesToEnd(); n > 0 && picture != null; n--) {
            film.record(picture);
          }
          if (sound) {
            recordSilence(film, clock);
          }
        }
      }
      film.stop();
    }
  }

  private static Frame paint(BufferedImage canvas, BufferedImage picture, Java2DFrameConverter out) {
    Graphics2D g = canvas.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      Letterbox.draw(g, picture, 0, 0, canvas.getWidth(), canvas.getHeight());
    } finally {
      g.dispose();
    }
    return out.convert(canvas);
  }

  private static void recordSamples(FFmpegFrameRecorder film, ShortBuffer interleaved, Clock clock)
      throws IOException {
    long take = Math.min(interleaved.remaining() / CHANNELS, clock.samplesToEnd());
    if (take > 0) {
      ShortBuffer slice = interleaved.duplicate();
      slice.limit(slice.position() + (int) take * CHANNELS);
      film.recordSamples(SAMPLE_RATE, CHANNELS, slice);
      clock.samplesWritten(take);
    }
  }

  private static void recordSilence(FFmpegFrameRecorder film, Clock clock) throws IOException {
    for (long left = clock.samplesToEnd(); left > 0; left = clock.samplesToEnd()) {
      int n = (int) Math.min(left, SAMPLE_RATE);
      film.recordSamples(SAMPLE_RATE, CHANNELS, ShortBuffer.allocate(n * CHANNELS));
      clock.samplesWritten(n);
    }
  }

  /** @return frames per second from {@code num/den}, 24 when unknown */
  static double frameRate(String ratio) {
    String[] p = ratio.split("/");
    try {
      double r = p.length == 2 ? Double.parseDouble(p[0]) / Double.parseDouble(p[1]) : Double.parseDouble(ratio);
      return r > 0 && r < 1000 ? r : 24;
    } catch (NumberFormatException e) {
      return 24;
    }
  }

  /** Where the film stands: pictures and samples written, and where the current clip ends. */
  private static final class Clock {
    private final double fps;
    private double clipStartSeconds;
    private double clipEndSeconds;
    private long pictures;
    private long samples;
    private long firstTimestamp = -1;

    Clock(double fps) {
      this.fps = fps;
    }

    void startClip(double durationSeconds) {
      clipStartSeconds = clipEndSeconds;
      clipEndSeconds += durationSeconds;
      firstTimestamp = -1;
    }

    /** @return how many times to write the picture decoded at this clip timestamp (µs), 0 = drop */
    long picturesDue(long timestampMicros) {
      if (firstTimestamp < 0) {
        firstTimestamp = timestampMicros;
      }
      double at = clipStartSeconds + (timestampMicros - firstTimestamp) / 1e6;
      long until = Math.min(Math.round(clipEndSeconds * fps), Math.round(at * fps) + 1);
      long due = Math.max(0, until - pictures);
      pictures += due;
      return due;
    }

    long picturesToEnd() {
      long due = Math.max(0, Math.round(clipEndSeconds * fps) - pictures);
      pictures += due;
      return due;
    }

    long samplesToEnd() {
      return Math.max(0, Math.round(clipEndSeconds * SAMPLE_RATE) - samples);
    }

    void samplesWritten(long n) {
      samples += n;
    }
  }
}
