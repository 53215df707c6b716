package io.seedancerunner.simulator.seedance2ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.simulator.support.Estimates;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.ModelSpec;
import io.seedancerunner.workflows.model.GenerationOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The project's estimate equals the simulator's {@code credits_used} for every seedance2ai request shape. */
class Seedance2AiPriceAgreementTest {

  private static final DialectCatalogue CAT = io.seedancerunner.workflows.catalog.Seedance2AiCatalogue.CATALOGUE;
  /** The adapter's model → quality tier mapping (activities' {@code Seedance2AiBodies}). */
  private static final Map<String, String> TIERS = Map.of(
      "seedance-2.0", "standard", "seedance-2.0-mini", "mini", "seedance-2.0-pro", "pro");

  @Test
  void everyModelDurationResolutionWithAndWithoutAudio() {
    Estimates e = new Estimates();
    for (ModelSpec m : CAT.models()) {
      for (int s : m.durations()) {
        for (String res : m.resolutions()) {
          for (boolean audio : new boolean[] {false, true}) {
            var request = Estimates.request(m.id(), s, res, "16:9", audio, List.of(), GenerationOptions.NONE);
            e.compare(m.id() + " " + s + " s " + res + " audio=" + audio, Estimates.of(CAT, request).amount(),
                Seedance2AiCatalogue.credits(TIERS.get(m.id()), res, s));
          }
        }
      }
    }
    assertEquals(List.of(), e.mismatches());
    assertTrue(e.compared() > 100, "compared " + e.compared());
  }
}
