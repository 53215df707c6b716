package io.seedancerunner.simulator.openaivideos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.simulator.support.Estimates;
import io.seedancerunner.workflows.catalog.CostEstimate;
import io.seedancerunner.workflows.catalog.CostEstimator;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.model.GenerationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * openai-videos has no price list (seed 002 gives none), so the project estimates 0 while the
 * simulator charges its own 1 credit per second, which the dialect never reports on the wire. This
 * test pins that known gap: when a price list is added, it must agree with the simulator.
 */
class OpenAiVideosPriceAgreementTest {

  private static final DialectCatalogue CAT = io.seedancerunner.workflows.catalog.OpenAiVideosCatalogue.CATALOGUE;

  @Test
  void unpricedUntilAPriceListAgreesWithTheSimulator() {
    Estimates e = new Estimates();
    for (int s : CAT.models().get(0).durations()) {
      var request = Estimates.request("seedance-2.0", s, "720p", "16:9", true, List.of(), GenerationOptions.NONE);
      CostEstimate estimate = Estimates.of(CAT, request);
      if (CAT.prices().isEmpty()) {
        assertEquals(CostEstimator.NO_PRICE_LIST, estimate.basis());
        assertEquals(0, estimate.amount());
        assertTrue(OpenAiVideosCatalogue.credits(s) > 0, "the simulator still charges");
      } else {
        e.compare(s + " s", estimate.amount(), OpenAiVideosCatalogue.credits(s));
      }
    }
    assertEquals(List.of(), e.mismatches());
  }
}
