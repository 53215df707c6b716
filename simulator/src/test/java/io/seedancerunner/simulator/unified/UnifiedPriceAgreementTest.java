package io.seedancerunner.simulator.unified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.simulator.support.Estimates;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.ModelSpec;
import io.seedancerunner.workflows.model.GenerationOptions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's estimate equals the simulator's {@code credits_reserved} for every unified request
 * shape, the content filter unset (on), on and off (1.1x).
 */
class UnifiedPriceAgreementTest {

  private static final DialectCatalogue CAT = io.seedancerunner.workflows.catalog.UnifiedCatalogue.CATALOGUE;

  @Test
  void everyDurationResolutionAndContentFilter() {
    Estimates e = new Estimates();
    for (ModelSpec m : CAT.models()) {
      for (int s : m.durations()) {
        for (String res : m.resolutions()) {
          for (Boolean filter : Arrays.asList(null, true, false)) {
            var options = new GenerationOptions(null, null, null, null, null, filter);
            var request = Estimates.request(m.id(), s, res, "16:9", true, List.of(), options);
            e.compare(s + " s " + res + " filter=" + filter, Estimates.of(CAT, request).amount(),
                UnifiedCatalogue.credits(res, s, !Boolean.FALSE.equals(filter)));
          }
        }
      }
    }
    assertEquals(List.of(), e.mismatches());
    assertTrue(e.compared() > 100, "compared " + e.compared());
  }
}
