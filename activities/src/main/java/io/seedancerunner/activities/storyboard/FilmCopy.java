package io.seedancerunner.activities.storyboard;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

import io.seedancerunner.activities.media.MediaLibraries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Joins clips of equal {@link ClipParams#joinKey()} without re-encoding, as FFmpeg's concat demuxer
 * with {@code -c copy} does: the packets of every clip, in order, into one MP4 whose streams are
 * the first clip's; each clip's timestamps shifted by the durations of the clips before it.
 */
final class FilmCopy {

  private static final AVRational MICROS = av_make_q(1, AV_TIME_BASE);

  private FilmCopy() {}

  /**
   * @param clips the clips, film order, same join key
   * @param part  the MP4 to write (overwritten)
   * @throws IOException when a clip does not read or the film does not write
   */
  static void join(List<Path> clips, Path part) throws IOException {
    try (FFmpegFrameGrabber first = MediaLibraries.open(clips.get(0));
        // JavaCV makes an output stream per size / channel count given, then copies the input
        // stream's codec parameters into it (remuxing).
        FFmpegFrameRecorder film = new FFmpegFrameRecorder(part.toFile(), first.getImageWidth(),
            first.getImageHeight(), first.getAudioChannels())) {
      film.setFormat("mp4");
      film.setOption("movflags", "+faststart");
      film.start(first.getFormatContext());
      long offsetMicros = 0;
      for (int i = 0; i < clips.size(); i++) {
        FFmpegFrameGrabber clip = i == 0 ? first : MediaLibraries.open(clips.get(i));
        try {
          copy(clip, film, offsetMicros);
          offsetMicros += clip.getFormatContext().duration();
        } finally {
          if (clip != first) {
            clip.close();
          }
        }
      }
      film.stop();
    }
  }

  private static void copy(FFmpegFrameGrabber clip, FFmpegFrameRecorder film, long offsetMicros) throws IOException {
    AVFormatContext fc = clip.getFormatContext();
    AVPacket pkt;
    while ((pkt = clip.grabPacket()) != null) {
      long shift = av_rescale_q(offsetMicros, MICROS, fc.streams(pkt.stream_index()).time_base());
      if (pkt.pts() != AV_NOPTS_VALUE) {
        pkt.pts(pkt.pts() + shift);
      }
      if (pkt.dts() != AV_NOPTS_VALUE) {
        pkt.dts(pkt.dts() + shift);
      }
      film.recordPacket(pkt);
    }
  }
}
