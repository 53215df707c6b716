package io.seedancerunner.simulator.ark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.simulator.support.Estimates;
import io.seedancerunner.workflows.catalog.ArkCatalogue;
import io.seedancerunner.workflows.catalog.CostEstimator;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.ModelSpec;
import io.seedancerunner.workflows.model.GenerationOptions;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's token estimate against the simulator's {@code usage.total_tokens}, for every model,
 * duration, resolution and ratio: equal without reference videos and when the estimator is told
 * the input length the simulator assumes (5 s per video, 15 s at most); an upper bound when it
 * assumes the documented 15 s cap itself.
 */
class ArkPriceAgreementTest {

  private static final DialectCatalogue CAT = ArkCatalogue.CATALOGUE;
  /** The simulator's default {@code simulator.ark.reference-video-seconds}. */
  private static final int SECONDS_PER_VIDEO = 5;

  @Test
  void everyModelDurationResolutionAndRatio() {
    Estimates equal = new Estimates();
    Estimates bound = new Estimates();
    for (ModelSpec m : CAT.models()) {
      for (int s : m.durations()) {
        for (String res : m.resolutions()) {
          for (String ratio : CAT.aspectRatios()) {
            for (int videos = 0; videos <= 3; videos++) {
              List<String> urls = Collections.nCopies(videos, "https://v.example/a.mp4");
              var request = Estimates.request(m.id(), s, res, ratio, true, urls, GenerationOptions.NONE);
              int input = Math.min(15, videos * SECONDS_PER_VIDEO);
              long charged = ArkModels.tokens(res, ArkModels.pixelRatio(ratio), s, input);
              String what = m.id() + " " + s + " s " + res + " " + ratio + " videos=" + videos;
              equal.compare(what, CostEstimator.estimate(CAT, request, input).amount(), charged);
              bound.atLeast(what + " (assumed input)", Estimates.of(CAT, request).amount(), charged);
            }
          }
        }
      }
    }
    assertEquals(List.of(), equal.mismatches());
    assertEquals(List.of(), bound.mismatches(), "the default estimate covers the charge");
    assertTrue(equal.compared() > 1000, "compared " + equal.compared());
  }
}
