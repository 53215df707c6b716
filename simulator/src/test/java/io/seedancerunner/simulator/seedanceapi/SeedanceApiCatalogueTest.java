package io.seedancerunner.simulator.seedanceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedanceApiCatalogueTest {

  @ParameterizedTest
  @CsvSource({
      "480p, 4, false, 8", "480p, 4, true, 14", "480p, 8, false, 14", "480p, 8, true, 28",
      "480p, 12, false, 19", "480p, 12, true, 38", "720p, 4, false, 14", "720p, 4, true, 28",
      "720p, 8, false, 28", "720p, 8, true, 56", "720p, 12, false, 42", "720p, 12, true, 84"})
  void matchesTheSeedPricingTable(String resolution, int seconds, boolean audio, long credits) {
    assertEquals(credits, SeedanceApiCatalogue.credits(resolution, seconds, audio));
  }
}
