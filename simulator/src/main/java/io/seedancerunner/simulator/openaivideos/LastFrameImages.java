package io.seedancerunner.simulator.openaivideos;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.media.PixelSizes;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The "last frame image" of {@code metadata.return_last_frame} (seed 002). The simulator does not
 * decode its own MP4: it paints a PNG of the video's pixel size with the test pattern's vertical
 * bars, the nearest equivalent a client can check (a PNG of the right width and height). One image
 * per size, made on first use and kept in memory (21 sizes at most, a few KiB each).
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
class LastFrameImages {

  private final Map<PixelSizes.Size, byte[]> images = new ConcurrentHashMap<>();

  /**
   * @param size the video's pixel size
   * @return PNG bytes
   */
  byte[] png(PixelSizes.Size size) {
    return images.computeIfAbsent(size, LastFrameImages::paint);
  }

  private static byte[] paint(PixelSizes.Size size) {
    BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_BYTE_GRAY);
    int barWidth = Math.max(8, size.width() / 8);
    int[] row = new int[size.width()];
    for (int x = 0; x < row.length; x++) {
      int luma = 40 + ((x / barWidth) % 8) * 25;
      row[x] = luma << 16 | luma << 8 | luma;
    }
    for (int y = 0; y < size.height(); y++) {
      image.setRGB(0, y, size.width(), 1, row, 0, size.width());
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
