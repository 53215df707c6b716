package io.seedancerunner.activities.storyboard;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Scales a picture to fit a box, keeping its aspect ratio, centred (FFmpeg's
 * {@code scale=W:H:force_original_aspect_ratio=decrease,pad=W:H:(ow-iw)/2:(oh-ih)/2}); the bars are
 * whatever the box was filled with.
 */
final class Letterbox {

  private Letterbox() {}

  /**
   * @param g       where to draw
   * @param picture the picture
   * @param x       box left, pixels
   * @param y       box top, pixels
   * @param width   box width, pixels
   * @param height  box height, pixels
   */
  static void draw(Graphics2D g, BufferedImage picture, int x, int y, int width, int height) {
    double scale = Math.min((double) width / picture.getWidth(), (double) height / picture.getHeight());
    int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
    g.drawImage(picture, x + (width - w) / 2, y + (height - h) / 2, w, h, null);
  }
}
