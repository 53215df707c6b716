package io.seedancerunner.activities.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mp4parser.IsoFile;
import org.mp4parser.PropertyBoxParserImpl;
import org.mp4parser.boxes.iso14496.part12.HandlerBox;
import org.mp4parser.boxes.iso14496.part12.MediaBox;
import org.mp4parser.boxes.iso14496.part12.MediaHeaderBox;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.MovieHeaderBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.mp4parser.boxes.iso14496.part12.TrackHeaderBox;
import org.mp4parser.boxes.sampleentry.VisualSampleEntry;
import org.mp4parser.boxes.iso14496.part12.SampleDescriptionBox;
import org.mp4parser.boxes.iso14496.part12.SampleTableBox;

/**
 * Reads an MP4's structure with the isoparser library ({@code org.mp4parser:isoparser}): the movie
 * header's duration and the video track's pixel size.
 *
 * <p>Two guards around the library: the file must begin with an {@code ftyp} box (the ISO base
 * media file format's signature; every Seedance provider serves such files), because the parser
 * would otherwise take the first four bytes of, say, an HTML error page as a box size and allocate
 * that much; and media data ({@code mdat}, {@code free}, {@code skip}) is skipped by position, not
 * copied, so that probing a large clip costs only its metadata.
 */
public final class Mp4Probe {

  private static final String VIDEO_HANDLER = "vide";

  private Mp4Probe() {}

  /**
   * @param file the file to check
   * @return duration and pixel size
   * @throws NotMp4Exception when the file is not an MP4, has no movie header, or has no video track
   * @throws IOException     when the file cannot be read
   */
  public static Mp4Info probe(Path file) throws NotMp4Exception, IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      requireFtyp(channel);
      channel.position(0);
      IsoFile iso;
      try {
        iso = new IsoFile(channel, new PropertyBoxParserImpl().skippingBoxes("mdat", "free", "skip"));
      } catch (RuntimeException | IOException e) {
        throw new NotMp4Exception("the MP4 structure does not parse: " + e.getClass().getSimpleName(), e);
      }
      try {
        return read(iso);
      } catch (RuntimeException e) {
        throw new NotMp4Exception("the MP4 metadata does not parse: " + e.getClass().getSimpleName(), e);
      }
    }
  }

  private static void requireFtyp(FileChannel channel) throws IOException, NotMp4Exception {
    ByteBuffer head = ByteBuffer.allocate(8);
    while (head.hasRemaining() && channel.read(head) > 0) {
      // fill the 8-byte box header
    }
    if (head.hasRemaining()) {
      throw new NotMp4Exception("shorter than one box header");
    }
    head.flip();
    long size = Integer.toUnsignedLong(head.getInt());
    String type = new String(head.array(), 4, 4, StandardCharsets.ISO_8859_1);
    if (!"ftyp".equals(type) || size < 8 || size > channel.size()) {
      throw new NotMp4Exception("does not begin with an ftyp box");
    }
  }

  private static Mp4Info read(IsoFile iso) throws NotMp4Exception {
    MovieBox moov = iso.getMovieBox();
    if (moov == null || moov.getMovieHeaderBox() == null) {
      throw new NotMp4Exception("no movie header (moov/mvhd)");
    }
    TrackBox video = videoTrack(moov);
    if (video == null) {
      throw new NotMp4Exception("no video track");
    }
    return new Mp4Info(duration(moov.getMovieHeaderBox(), video), width(video), height(video));
  }

  private static TrackBox videoTrack(MovieBox moov) {
    for (TrackBox track : moov.getBoxes(TrackBox.class)) {
      MediaBox media = track.getMediaBox();
      HandlerBox handler = media == null ? null : media.getHandlerBox();
      if (handler != null && VIDEO_HANDLER.equals(handler.getHandlerType())) {
        return track;
      }
    }
    return null;
  }

  /** mvhd duration / timescale; a fragmented file with 0 there falls back to the track's mdhd. */
  private static double duration(MovieHeaderBox mvhd, TrackBox video) throws NotMp4Exception {
    if (mvhd.getTimescale() > 0 && mvhd.getDuration() > 0) {
      return (double) mvhd.getDuration() / mvhd.getTimescale();
    }
    MediaHeaderBox mdhd = video.getMediaBox().getMediaHeaderBox();
    if (mdhd != null && mdhd.getTimescale() > 0) {
      return (double) mdhd.getDuration() / mdhd.getTimescale();
    }
    throw new NotMp4Exception("the movie header has no timescale");
  }

  /** Track header width (16.16 fixed point, presentation size); the sample entry's when it is 0. */
  private static int width(TrackBox video) {
    TrackHeaderBox tkhd = video.getTrackHeaderBox();
    if (tkhd != null && tkhd.getWidth() >= 1) {
      return (int) Math.round(tkhd.getWidth());
    }
    VisualSampleEntry entry = sampleEntry(video);
    return entry == null ? 0 : entry.getWidth();
  }

  private static int height(TrackBox video) {
    TrackHeaderBox tkhd = video.getTrackHeaderBox();
    if (tkhd != null && tkhd.getHeight() >= 1) {
      return (int) Math.round(tkhd.getHeight());
    }
    VisualSampleEntry entry = sampleEntry(video);
    return entry == null ? 0 : entry.getHeight();
  }

  private static VisualSampleEntry sampleEntry(TrackBox video) {
    SampleTableBox stbl = video.getSampleTableBox();
    SampleDescriptionBox stsd = stbl == null ? null : stbl.getSampleDescriptionBox();
    return stsd != null && stsd.getSampleEntry() instanceof VisualSampleEntry v ? v : null;
  }
}
