package io.seedancerunner.simulator.support;

import io.seedancerunner.workflows.catalog.CostEstimate;
import io.seedancerunner.workflows.catalog.CostEstimator;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's {@link CostEstimator} for the simulator's price agreement tests, which walk every
 * model, duration and resolution of a dialect's catalogue and compare the estimate with the
 * simulator's own charge rule.
 */
public final class Estimates {

  private final List<String> mismatches = new ArrayList<>();
  private int compared;

  /**
   * @param model      model id
   * @param seconds    duration
   * @param resolution resolution
   * @param ratio      aspect ratio
   * @param audio      generate audio
   * @param videos     reference video URLs
   * @param options    provider options
   * @return a request of that shape
   */
  public static GenerationRequest request(String model, int seconds, String resolution, String ratio, boolean audio,
      List<String> videos, GenerationOptions options) {
    return new GenerationRequest("sim", model, "a price check", seconds, resolution, ratio, audio, false, null, null,
        List.of(), videos, List.of(), options);
  }

  /**
   * @param catalogue the dialect's catalogue
   * @param request   the request
   * @return its estimate
   */
  public static CostEstimate of(DialectCatalogue catalogue, GenerationRequest request) {
    return CostEstimator.estimate(catalogue, request);
  }

  /**
   * Records a mismatch when the two differ.
   *
   * @param what      the request, for the failure message
   * @param estimate  the estimate's amount
   * @param simulator what the simulator charges
   */
  public void compare(String what, double estimate, long simulator) {
    compared++;
    if (estimate != simulator) {
      mismatches.add(what + ": estimate " + estimate + ", simulator " + simulator);
    }
  }

  /**
   * Records a mismatch when the estimate is below the charge.
   *
   * @param what      the request, for the failure message
   * @param estimate  the estimate's amount
   * @param simulator what the simulator charges
   */
  public void atLeast(String what, double estimate, long simulator) {
    compared++;
    if (estimate < simulator) {
      mismatches.add(what + ": estimate " + estimate + " below the simulator's " + simulator);
    }
  }

  /** @return every mismatch recorded */
  public List<String> mismatches() {
    return mismatches;
  }

  /** @return how many pairs were compared */
  public int compared() {
    return compared;
  }
}
