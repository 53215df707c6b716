package io.seedancerunner.simulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PixelSizesTest {

  @ParameterizedTest
  @CsvSource({
      "480p, 16:9, 864, 496", "720p, 16:9, 1280, 720", "1080p, 16:9, 1920, 1080",
      "720p, 4:3, 1112, 834", "480p, 1:1, 640, 640", "1080p, 3:4, 1248, 1664",
      "480p, 9:16, 496, 864", "720p, 21:9, 1470, 630", "1080p, 21:9, 2206, 946",
      "480p, 9:21, 432, 992", "720p, 9:21, 630, 1470"})
  void matchesTheSeedTable(String resolution, String aspect, int w, int h) {
    assertEquals(new PixelSizes.Size(w, h), PixelSizes.of(resolution, aspect));
  }

  @ParameterizedTest
  @CsvSource({"4k, 16:9", "720p, adaptive", "720p, 2:1"})
  void refusesWhatTheTableLacks(String resolution, String aspect) {
    assertThrows(IllegalArgumentException.class, () -> PixelSizes.of(resolution, aspect));
  }
}
