package io.seedancerunner.activities.storyboard;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_profile_name;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;

import io.seedancerunner.activities.media.MediaLibraries;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * Reads a clip's streams with FFmpeg's avformat ({@link MediaLibraries}): the values {@code ffprobe
 * -show_streams -show_format} would print for the first video and the first audio stream.
 *
 * <p>Errors: a file FFmpeg cannot open, or one without a video stream, fails with the
 * non-retryable {@code StoryboardActivities.FFMPEG_FAILED}.
 */
@Singleton
public class ClipProbe {

  /**
   * @param clip an MP4
   * @return its join parameters and duration
   */
  public ClipParams probe(Path clip) {
    try (FFmpegFrameGrabber g = MediaLibraries.open(clip)) {
      return params(clip, g.getFormatContext());
    } catch (IOException e) {
      throw MediaFailure.of("probe " + clip.getFileName(), e);
    }
  }

  private static ClipParams params(Path clip, AVFormatContext fc) {
    AVStream video = stream(fc, AVMEDIA_TYPE_VIDEO);
    if (video == null) {
      throw MediaFailure.of(clip + " has no video stream");
    }
    AVStream audio = stream(fc, AVMEDIA_TYPE_AUDIO);
    AVCodecParameters v = video.codecpar();
    double duration = fc.duration() > 0 ? (double) fc.duration() / AV_TIME_BASE
        : video.duration() * q(video.time_base());
    return new ClipParams(duration, string(avcodec_get_name(v.codec_id())),
        string(avcodec_profile_name(v.codec_id(), v.profile())), v.width(), v.height(),
        string(av_get_pix_fmt_name(v.format())), ratio(video.r_frame_rate()), ratio(video.time_base()),
        audio == null ? null : string(avcodec_get_name(audio.codecpar().codec_id())),
        audio == null ? 0 : audio.codecpar().sample_rate(),
        audio == null ? 0 : audio.codecpar().ch_layout().nb_channels());
  }

  private static AVStream stream(AVFormatContext fc, int type) {
    for (int i = 0; i < fc.nb_streams(); i++) {
      if (fc.streams(i).codecpar().codec_type() == type) {
        return fc.streams(i);
      }
    }
    return null;
  }

  private static String ratio(AVRational r) {
    return r.num() + "/" + r.den();
  }

  private static double q(AVRational r) {
    return r.den() == 0 ? 0 : (double) r.num() / r.den();
  }

  private static String string(BytePointer p) {
    return p == null || p.isNull() ? "" : p.getString();
  }
}
