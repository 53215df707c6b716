package io.seedancerunner.simulator.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenApiCatalogueTest {

  @ParameterizedTest
  @CsvSource({"480p, 4, 20", "720p, 5, 50", "1080p, 15, 300", "480p, 15, 75", "720p, 7, 70"})
  void creditsAreUsdCents(String resolution, int seconds, long credits) {
    assertEquals(credits, OpenApiCatalogue.credits(resolution, seconds));
  }
}
