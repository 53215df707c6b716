package io.seedancerunner.simulator.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.simulator.support.Estimates;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.ModelSpec;
import io.seedancerunner.workflows.model.GenerationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's estimate equals the simulator's {@code creditsCharged} for every open-api request shape. */
class OpenApiPriceAgreementTest {

  private static final DialectCatalogue CAT = io.seedancerunner.workflows.catalog.OpenApiCatalogue.CATALOGUE;

  @Test
  void everyModelDurationAndResolution() {
    Estimates e = new Estimates();
    for (ModelSpec m : CAT.models()) {
      for (int s : m.durations()) {
        for (String res : m.resolutions()) {
          var request = Estimates.request(m.id(), s, res, "16:9", false, List.of(), GenerationOptions.NONE);
          e.compare(m.id() + " " + s + " s " + res, Estimates.of(CAT, request).amount(), OpenApiCatalogue.credits(res, s));
        }
      }
    }
    assertEquals(List.of(), e.mismatches());
    assertTrue(e.compared() > 50, "compared " + e.compared());
  }
}
