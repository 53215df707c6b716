package io.seedancerunner.simulator.seedanceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seedancerunner.simulator.support.Estimates;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.ModelSpec;
import io.seedancerunner.workflows.model.GenerationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's estimate equals the simulator's {@code consumed_credits} for every seedanceapi request shape. */
class SeedanceApiPriceAgreementTest {

  private static final DialectCatalogue CAT = io.seedancerunner.workflows.catalog.SeedanceApiCatalogue.CATALOGUE;

  @Test
  void everyDurationResolutionWithAndWithoutAudio() {
    Estimates e = new Estimates();
    for (ModelSpec m : CAT.models()) {
      for (int s : m.durations()) {
        for (String res : m.resolutions()) {
          for (boolean audio : new boolean[] {false, true}) {
            var request = Estimates.request(m.id(), s, res, "1:1", audio, List.of(), GenerationOptions.NONE);
            e.compare(s + " s " + res + " audio=" + audio, Estimates.of(CAT, request).amount(),
                SeedanceApiCatalogue.credits(res, s, audio));
          }
        }
      }
    }
    assertEquals(List.of(), e.mismatches());
    assertEquals(12, e.compared(), "the seed's whole table");
  }
}
