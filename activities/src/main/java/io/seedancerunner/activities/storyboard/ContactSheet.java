package io.seedancerunner.activities.storyboard;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Draws a contact sheet: one frame from the middle of each clip, {@value #TILE_WIDTH} pixels wide
 * (height from the first clip's aspect ratio; other shapes are letterboxed), laid out at most
 * {@value #COLUMNS} to a row with FFmpeg's {@code tile} filter, as a JPEG.
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
    Path work = folder.resolve(".contact-sheet");
    deleteTree(work);
    Files.createDirectories(work);
    ClipParams first = params.get(0);
    int tileHeight = even(Math.round((float) TILE_WIDTH * first.height() / Math.max(1, first.width())));
    String fit = String.format(Locale.ROOT, "scale=%d:%d:force_original_aspect_ratio=decrease,"
        + "pad=%d:%d:(ow-iw)/2:(oh-ih)/2,setsar=1", TILE_WIDTH, tileHeight, TILE_WIDTH, tileHeight);
    for (int i = 0; i < clips.size(); i++) {
      String middle = String.format(Locale.ROOT, "%.3f", params.get(i).durationSeconds() / 2);
      ffmpeg.ffmpeg(List.of("-v", "error", "-y", "-ss", middle, "-i", clips.get(i).toString(), "-frames:v", "1",
          "-vf", fit, "-q:v", "3", work.resolve(String.format(Locale.ROOT, "thumb-%03d.jpg", i + 1)).toString()));
    }
    int columns = Math.min(COLUMNS, clips.size());
    int rows = (clips.size() + columns - 1) / columns;
    Path part = folder.resolve("contact-sheet.part.jpg");
    ffmpeg.ffmpeg(List.of("-v", "error", "-y", "-framerate", "1", "-start_number", "1",
        "-i", work.resolve("thumb-%03d.jpg").toString(),
        "-vf", "tile=" + columns + "x" + rows + ":padding=4:margin=4", "-frames:v", "1", "-q:v", "3",
        "-update", "1", part.toString()));
    Path sheet = folder.resolve(StoryboardPaths.CONTACT_SHEET);
    Files.move(part, sheet, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(work);
    return sheet;
  }

  private static int even(int n) {
    return Math.max(2, n - n % 2);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
