package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.model.GenerationResult;

/**
 * What an earlier run of a storyboard left for one shot.
 *
 * @param shot        1-based shot number
 * @param takes       how many take ids exist already ({@code <id>/shot-<n>} and its
 *                    {@code take-k}s), whatever their state; new takes are numbered after them
 * @param adoptedTake the take adopted, 1-based, or 0 when none
 * @param adopted     the adopted take's result (completed, same request), or {@code null}
 */
public record PriorTake(int shot, int takes, int adoptedTake, GenerationResult adopted) {

  /** @return an answer for a shot that no earlier run touched */
  public static PriorTake none(int shot) {
    return new PriorTake(shot, 0, 0, null);
  }
}
