package io.seedancerunner.activities.storyboard;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a contact sheet in one FFmpeg run: one frame from the middle of each clip (a fast seek per
 * input), {@value #TILE_WIDTH} pixels wide (height from the first clip's aspect ratio; other shapes
 * are letterboxed), joined with the {@code concat} filter and laid out at most {@value #COLUMNS} to a
 * row with the {@code tile} filter, as a JPEG.
 */
@Singleton
public class ContactSheet {

  static final int TILE_WIDTH = 320;
  static final int COLUMNS = 6;

  private final Ffmpeg ffmpeg;

  /** @param ffmpeg the tools */
  public ContactSheet(Ffmpeg ffmpeg) {
    this.ffmpeg = ffmpeg;
  }

  /**
   * @param folder the storyboard's folder; the sheet lands in it as {@code contact-sheet.jpg}
   * @param clips  the clips in film order
   * @param params their probed parameters, same order
   * @return the sheet's path
   * @throws IOException when the folder cannot be written
   */
  public Path draw(Path folder, List<Path> clips, List<ClipParams> params) throws IOException {
    ClipParams first = params.get(0);
    int tileHeight = even(Math.round((float) TILE_WIDTH * first.height() / Math.max(1, first.width())));
    List<String> args = new ArrayList<>(List.of("-v", "error", "-y"));
    StringBuilder graph = new StringBuilder();
    StringBuilder tiles = new StringBuilder();
    for (int i = 0; i < clips.size(); i++) {
      args.addAll(List.of("-ss", String.format(Locale.ROOT, "%.3f", params.get(i).durationSeconds() / 2),
          "-i", clips.get(i).toString()));
      graph.append(String.format(Locale.ROOT, "[%d:v]trim=end_frame=1,scale=%d:%d:force_original_aspect_ratio=decrease,"
          + "pad=%d:%d:(ow-iw)/2:(oh-ih)/2,setsar=1,format=yuvj420p,setpts=PTS-STARTPTS[t%d];",
          i, TILE_WIDTH, tileHeight, TILE_WIDTH, tileHeight, i));
      tiles.append("[t").append(i).append(']');
    }
    int columns = Math.min(COLUMNS, clips.size());
    int rows = (clips.size() + columns - 1) / columns;
    graph.append(tiles).append("concat=n=").append(clips.size()).append(":v=1:a=0,tile=")
        .append(columns).append('x').append(rows).append(":padding=4:margin=4[sheet]");
    Path part = folder.resolve("contact-sheet.part.jpg");
    args.addAll(List.of("-filter_complex", graph.toString(), "-map", "[sheet]", "-frames:v", "1", "-q:v", "3",
        "-update", "1", part.toString()));
    ffmpeg.ffmpeg(args);
    Path sheet = folder.resolve(StoryboardPaths.CONTACT_SHEET);
    Files.move(part, sheet, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return sheet;
  }

  private static int even(int n) {
    return Math.max(2, n - n % 2);
  }
}
