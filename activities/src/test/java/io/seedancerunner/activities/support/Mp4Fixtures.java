package io.seedancerunner.activities.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.mp4parser.boxes.iso14496.part12.FileTypeBox;
import org.mp4parser.boxes.iso14496.part12.HandlerBox;
import org.mp4parser.boxes.iso14496.part12.MediaBox;
import org.mp4parser.boxes.iso14496.part12.MediaHeaderBox;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.MovieHeaderBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.mp4parser.boxes.iso14496.part12.TrackHeaderBox;

/**
 * Writes small MP4 files for tests with isoparser's own box classes: ftyp, moov (mvhd and one
 * track with tkhd, mdhd and a handler), then an mdat of random bytes.
 */
public final class Mp4Fixtures {

  private Mp4Fixtures() {}

  /**
   * @param file      where to write
   * @param seconds   movie duration in seconds
   * @param width     track width in pixels
   * @param height    track height in pixels
   * @param handler   track handler type, {@code vide} for video, {@code soun} for audio only
   * @param mdatBytes size of the media data payload
   * @return the file
   */
  public static Path write(Path file, double seconds, int width, int height, String handler, int mdatBytes)
      throws IOException {
    Date epoch = new Date(0);
    MovieBox moov = new MovieBox();
    MovieHeaderBox mvhd = new MovieHeaderBox();
    mvhd.setCreationTime(epoch);
    mvhd.setModificationTime(epoch);
    mvhd.setTimescale(1000);
    mvhd.setDuration(Math.round(seconds * 1000));
    mvhd.setNextTrackId(2);
    moov.addBox(mvhd);

    TrackBox trak = new TrackBox();
    TrackHeaderBox tkhd = new TrackHeaderBox();
    tkhd.setCreationTime(epoch);
    tkhd.setModificationTime(epoch);
    tkhd.setTrackId(1);
    tkhd.setDuration(Math.round(seconds * 1000));
    tkhd.setWidth(width);
    tkhd.setHeight(height);
    trak.addBox(tkhd);
    MediaBox mdia = new MediaBox();
    MediaHeaderBox mdhd = new MediaHeaderBox();
    mdhd.setCreationTime(epoch);
    mdhd.setModificationTime(epoch);
    mdhd.setTimescale(1000);
    mdhd.setDuration(Math.round(seconds * 1000));
    mdia.addBox(mdhd);
    HandlerBox hdlr = new HandlerBox();
    hdlr.setHandlerType(handler);
    hdlr.setName("fixture");
    mdia.addBox(hdlr);
    trak.addBox(mdia);
    moov.addBox(trak);

    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      new FileTypeBox("isom", 512, List.of("isom", "iso2", "avc1", "mp41")).getBox(out);
      moov.getBox(out);
      ByteBuffer header = ByteBuffer.allocate(8).putInt(8 + mdatBytes).put("mdat".getBytes());
      header.flip();
      out.write(header);
      byte[] payload = new byte[mdatBytes];
      new Random(42).nextBytes(payload);
      out.write(ByteBuffer.wrap(payload));
    }
    return file;
  }
}
