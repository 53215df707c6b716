package io.seedancerunner.activities.storyboard;

import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a contact sheet: one picture from the middle of each clip ({@link Pictures#at}, decoded side
 * by side), {@value #TILE_WIDTH} pixels wide (height from the first clip's aspect ratio; other
 * shapes are letterboxed), at most {@value #COLUMNS} to a row with {@value #GAP}-pixel padding and
 * margin on black, as a JPEG. The layout is that of FFmpeg's {@code tile} filter.
 */
@Singleton
public class ContactSheet {

  static final int TILE_WIDTH = 320;
  static final int COLUMNS = 6;
  static final int GAP = 4;

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
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < clips.size(); i++) {
      indexes.add(i);
    }
    List<BufferedImage> pictures = Parallel.map(indexes, i -> middle(clips.get(i), params.get(i)));
    int columns = Math.min(COLUMNS, clips.size());
    int rows = (clips.size() + columns - 1) / columns;
    BufferedImage sheet = new BufferedImage(2 * GAP + columns * TILE_WIDTH + (columns - 1) * GAP,
        2 * GAP + rows * tileHeight + (rows - 1) * GAP, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      for (int i = 0; i < pictures.size(); i++) {
        int x = GAP + (i % columns) * (TILE_WIDTH + GAP);
        int y = GAP + (i / columns) * (tileHeight + GAP);
        Letterbox.draw(g, pictures.get(i), x, y, TILE_WIDTH, tileHeight);
      }
    } finally {
      g.dispose();
    }
    Path part = folder.resolve("contact-sheet.part.jpg");
    Pictures.writeJpeg(sheet, part);
    Path target = folder.resolve(StoryboardPaths.CONTACT_SHEET);
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  private static BufferedImage middle(Path clip, ClipParams p) {
    try {
      return Pictures.at(clip, p.durationSeconds() / 2);
    } catch (IOException e) {
      throw MediaFailure.of("contact sheet picture of " + clip, e);
    }
  }

  private static int even(int n) {
    return Math.max(2, n - n % 2);
  }
}
