package io.seedancerunner.simulator.media;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_close;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Writes a real, playable MP4: H.264 (libx264, preset ultrafast, yuv420p, 24 frames per
 * second, no B-frames) of moving test bars, plus a mono 48 kHz AAC 440 Hz tone when audio is
 * asked, with {@code movflags +faststart}. The video track holds exactly
 * {@code durationSeconds × 24} frames; the audio track exactly {@code durationSeconds × 48000}
 * samples. Not thread-safe per call site: call from one thread per file.
 */
final class Mp4Encoder {

  static final int FRAME_RATE = 24;
  static final int SAMPLE_RATE = 48_000;

  /**
   * @param spec   what to make
   * @param target the file to write (overwritten)
   * @throws IOException when FFmpeg is unavailable or fails
   */
  void encode(VideoSpec spec, Path target) throws IOException {
    NativeFfmpeg.load();
    Session s = new Session(spec, target);
    try {
      s.open();
      s.writeAll();
    } finally {
      s.close();
    }
  }

  /** The native state of one encoding. */
  private static final class Session {
    private final VideoSpec spec;
    private final Path target;
    private final AVFormatContext oc = new AVFormatContext(null);
    private AVCodecContext video;
    private AVCodecContext audio;
    private AVStream videoStream;
    private AVStream audioStream;
    private AVFrame videoFrame;
    private AVFrame audioFrame;
    private AVPacket packet;
    private boolean ioOpen;
    private boolean headerWritten;
    private final TestPattern pattern;

    Session(VideoSpec spec, Path target) {
      this.spec = spec;
      this.target = target;
      this.pattern = new TestPattern(spec.width(), spec.height());
    }

    void open() throws IOException {
      check(avformat_alloc_output_context2(oc, null, "mp4", target.toString()), "mp4 muxer");
      packet = av_packet_alloc();
      openVideo();
      if (spec.audio()) {
        openAudio();
      }
      AVIOContext pb = new AVIOContext(null);
      check(avio_open(pb, target.toString(), AVIO_FLAG_WRITE), "open " + target);
      oc.pb(pb);
      ioOpen = true;
      AVDictionary mux = new AVDictionary(null);
      av_dict_set(mux, "movflags", "+faststart", 0);
      int rc = avformat_write_header(oc, mux);
      av_dict_free(mux);
      check(rc, "write header");
      headerWritten = true;
    }

    private void openVideo() throws IOException {
      AVCodec x264 = avcodec_find_encoder_by_name("libx264");
      if (x264 == null || x264.isNull()) {
        throw new IOException("libx264 encoder not in this FFmpeg build");
      }
      videoStream = avformat_new_stream(oc, null);
      video = avcodec_alloc_context3(x264);
      video.width(spec.width());
      video.height(spec.height());
      video.time_base(av_make_q(1, FRAME_RATE));
      video.framerate(av_make_q(FRAME_RATE, 1));
      video.pix_fmt(AV_PIX_FMT_YUV420P);
      video.gop_size(FRAME_RATE * 2);
      globalHeader(video);
      AVDictionary opts = new AVDictionary(null);
      av_dict_set(opts, "preset", "ultrafast", 0);
      av_dict_set(opts, "crf", "32", 0);
      int rc = avcodec_open2(video, x264, opts);
      av_dict_free(opts);
      check(rc, "open libx264");
      check(avcodec_parameters_from_context(videoStream.codecpar(), video), "video parameters");
      videoStream.time_base(av_make_q(1, FRAME_RATE));
      videoFrame = av_frame_alloc();
      videoFrame.format(AV_PIX_FMT_YUV420P);
      videoFrame.width(spec.width());
      videoFrame.height(spec.height());
      check(av_frame_get_buffer(videoFrame, 0), "video frame buffer");
    }

    private void openAudio() throws IOException {
      AVCodec aac = avcodec_find_encoder(AV_CODEC_ID_AAC);
      if (aac == null || aac.isNull()) {
        throw new IOException("AAC encoder not in this FFmpeg build");
      }
      audioStream = avformat_new_stream(oc, null);
      audio = avcodec_alloc_context3(aac);
      audio.sample_fmt(AV_SAMPLE_FMT_FLTP);
      audio.sample_rate(SAMPLE_RATE);
      av_channel_layout_default(audio.ch_layout(), 1);
      audio.bit_rate(64_000);
      audio.time_base(av_make_q(1, SAMPLE_RATE));
      globalHeader(audio);
      check(avcodec_open2(audio, aac, (AVDictionary) null), "open aac");
      check(avcodec_parameters_from_context(audioStream.codecpar(), audio), "audio parameters");
      audioStream.time_base(av_make_q(1, SAMPLE_RATE));
      audioFrame = av_frame_alloc();
      audioFrame.format(AV_SAMPLE_FMT_FLTP);
      audioFrame.sample_rate(SAMPLE_RATE);
      check(av_channel_layout_copy(audioFrame.ch_layout(), audio.ch_layout()), "channel layout");
      audioFrame.nb_samples(audio.frame_size());
      check(av_frame_get_buffer(audioFrame, 0), "audio frame buffer");
    }

    private void globalHeader(AVCodecContext ctx) {
      if ((oc.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
        ctx.flags(ctx.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
      }
    }

    void writeAll() throws IOException {
      long frames = (long) spec.durationSeconds() * FRAME_RATE;
      long totalSamples = (long) spec.durationSeconds() * SAMPLE_RATE;
      long nextSample = 0;
      float[] samples = audio == null ? null : new float[audio.frame_size()];
      for (long i = 0; i < frames; i++) {
        check(av_frame_make_writable(videoFrame), "video frame writable");
        pattern.paint(videoFrame, i);
        videoFrame.pts(i);
        encode(video, videoFrame, videoStream);
        if (audio != null) {
          long until = Math.min(totalSamples, (i + 1) * SAMPLE_RATE / FRAME_RATE);
          nextSample = writeAudio(nextSample, until, totalSamples, samples);
        }
      }
      encode(video, null, videoStream);
      if (audio != null) {
        encode(audio, null, audioStream);
      }
      check(av_write_trailer(oc), "write trailer");
    }

    /** Sends whole audio frames up to {@code until}, and the short last frame at the end. */
    private long writeAudio(long next, long until, long total, float[] samples) throws IOException {
      int frameSize = audio.frame_size();
      while (next + frameSize <= until || (until == total && next < total)) {
        int n = (int) Math.min(frameSize, total - next);
        check(av_frame_make_writable(audioFrame), "audio frame writable");
        audioFrame.nb_samples(n);
        for (int k = 0; k < n; k++) {
          samples[k] = (float) (0.2 * Math.sin(2 * Math.PI * 440 * (next + k) / SAMPLE_RATE));
        }
        new FloatPointer(audioFrame.data(0)).put(samples, 0, n);
        audioFrame.pts(next);
        encode(audio, audioFrame, audioStream);
        next += n;
      }
      return next;
    }

    private void encode(AVCodecContext ctx, AVFrame frame, AVStream stream) throws IOException {
      check(avcodec_send_frame(ctx, frame), "send frame");
      while (true) {
        int rc = avcodec_receive_packet(ctx, packet);
        if (rc == AVERROR_EAGAIN() || rc == AVERROR_EOF) {
          return;
        }
        check(rc, "receive packet");
        if (ctx == video && packet.duration() <= 0) {
          // libx264 leaves durations unset; without one the muxer gives the last frame zero
          // length and the video comes out one frame short.
          packet.duration(1);
        }
        av_packet_rescale_ts(packet, ctx.time_base(), stream.time_base());
        packet.stream_index(stream.index());
        check(av_interleaved_write_frame(oc, packet), "write packet");
      }
    }

    void close() {
      if (video != null) {
        avcodec_free_context(video);
      }
      if (audio != null) {
        avcodec_free_context(audio);
      }
      if (videoFrame != null) {
        av_frame_free(videoFrame);
      }
      if (audioFrame != null) {
        av_frame_free(audioFrame);
      }
      if (packet != null) {
        av_packet_free(packet);
      }
      if (ioOpen) {
        avio_close(oc.pb());
      }
      if (!oc.isNull()) {
        avformat_free_context(oc);
      }
    }
  }

  private static void check(int rc, String what) throws IOException {
    if (rc < 0) {
      byte[] buf = new byte[256];
      av_strerror(rc, buf, buf.length);
      String msg = new String(buf, java.nio.charset.StandardCharsets.US_ASCII).trim();
      int nul = msg.indexOf('\0');
      throw new IOException("FFmpeg " + what + " failed: " + (nul >= 0 ? msg.substring(0, nul) : msg) + " (" + rc + ")");
    }
  }
}
