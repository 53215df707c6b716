package io.seedancerunner.simulator.ark;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.media.PixelSizes;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The last frame images of {@code return_last_frame} (real answers link a PNG): one PNG per pixel
 * size, the video's size, drawn once (two colour bands, so it is not a blank image) and kept in
 * memory. Drawn with {@link BufferedImage}, which needs no display.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkLastFrames {

  private final Map<PixelSizes.Size, byte[]> cache = new ConcurrentHashMap<>();

  /**
   * @param size the video's pixel size
   * @return the PNG bytes
   */
  byte[] png(PixelSizes.Size size) {
    return cache.computeIfAbsent(size, ArkLastFrames::draw);
  }

  private static byte[] draw(PixelSizes.Size size) {
    BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0x20, 0x60, 0xa0));
      g.fillRect(0, 0, size.width(), size.height());
      g.setColor(new Color(0xe0, 0x80, 0x20));
      g.fillRect(0, size.height() * 2 / 3, size.width(), size.height() - size.height() * 2 / 3);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
