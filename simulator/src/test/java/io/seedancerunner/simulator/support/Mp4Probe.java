package io.seedancerunner.simulator.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mp4parser.Box;
import org.mp4parser.IsoFile;
import org.mp4parser.boxes.iso14496.part12.MovieHeaderBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;

/**
 * Reads an MP4's structure with mp4parser (not FFmpeg, so the check is independent of the
 * encoder).
 *
 * @param movieSeconds  mvhd duration / timescale
 * @param width         video track width, pixels
 * @param height        video track height, pixels
 * @param videoSeconds  video track media duration, seconds
 * @param audioSeconds  audio track media duration, seconds; -1 when there is no audio track
 * @param moovBeforeMdat whether the file is "fast start"
 */
public record Mp4Probe(double movieSeconds, int width, int height, double videoSeconds,
    double audioSeconds, boolean moovBeforeMdat) {

  /**
   * @param file an MP4 file
   * @return what it holds
   * @throws IOException when it cannot be read
   */
  public static Mp4Probe of(Path file) throws IOException {
    try (IsoFile iso = new IsoFile(file.toFile())) {
      MovieHeaderBox mvhd = iso.getMovieBox().getMovieHeaderBox();
      int width = -1;
      int height = -1;
      double video = -1;
      double audio = -1;
      for (TrackBox track : iso.getMovieBox().getBoxes(TrackBox.class)) {
        String handler = track.getMediaBox().getHandlerBox().getHandlerType();
        double seconds = track.getMediaBox().getMediaHeaderBox().getDuration()
            / (double) track.getMediaBox().getMediaHeaderBox().getTimescale();
        if ("vide".equals(handler)) {
          width = (int) track.getTrackHeaderBox().getWidth();
          height = (int) track.getTrackHeaderBox().getHeight();
          video = seconds;
        } else if ("soun".equals(handler)) {
          audio = seconds;
        }
      }
      List<String> types = iso.getBoxes().stream().map(Box::getType).toList();
      boolean fastStart = types.indexOf("moov") >= 0 && types.indexOf("moov") < types.indexOf("mdat");
      return new Mp4Probe(mvhd.getDuration() / (double) mvhd.getTimescale(), width, height, video, audio, fastStart);
    }
  }
}
