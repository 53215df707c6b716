package io.seedancerunner.simulator.media;

import java.util.Map;

/**
 * Pixel size of a video per resolution and aspect ratio, transcribed from the table
 * "Pixel values per resolution" in {@code docs/providers/unified.md} (dialect
 * {@code unified}). That table has no 9:21 row; 9:21 (seedanceapi only) is the transpose of
 * 21:9. Every dimension is even, as H.264 with 4:2:0 chroma needs.
 */
public final class PixelSizes {

  /**
   * A pixel size.
   *
   * @param width  pixels
   * @param height pixels
   */
  public record Size(int width, int height) {}

  private static final Map<String, Size[]> TABLE = Map.of(
      // aspect ratio -> {480p, 720p, 1080p}
      "16:9", new Size[] {new Size(864, 496), new Size(1280, 720), new Size(1920, 1080)},
      "4:3", new Size[] {new Size(752, 560), new Size(1112, 834), new Size(1664, 1248)},
      "1:1", new Size[] {new Size(640, 640), new Size(960, 960), new Size(1440, 1440)},
      "3:4", new Size[] {new Size(560, 752), new Size(834, 1112), new Size(1248, 1664)},
      "9:16", new Size[] {new Size(496, 864), new Size(720, 1280), new Size(1080, 1920)},
      "21:9", new Size[] {new Size(992, 432), new Size(1470, 630), new Size(2206, 946)},
      "9:21", new Size[] {new Size(432, 992), new Size(630, 1470), new Size(946, 2206)});

  private PixelSizes() {}

  /**
   * @param resolution  {@code 480p}, {@code 720p} or {@code 1080p}
   * @param aspectRatio one of 16:9, 4:3, 1:1, 3:4, 9:16, 21:9, 9:21
   * @return the pixel size
   * @throws IllegalArgumentException for a resolution or aspect ratio not in the table
   */
  public static Size of(String resolution, String aspectRatio) {
    Size[] row = TABLE.get(aspectRatio);
    if (row == null) {
      throw new IllegalArgumentException("no pixel size for aspect ratio " + aspectRatio);
    }
    return switch (resolution) {
      case "480p" -> row[0];
      case "720p" -> row[1];
      case "1080p" -> row[2];
      default -> throw new IllegalArgumentException("no pixel size for resolution " + resolution);
    };
  }
}
