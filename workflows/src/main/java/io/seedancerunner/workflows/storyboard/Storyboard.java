package io.seedancerunner.workflows.storyboard;

import java.util.List;

/**
 * A multi-shot film as a studio writes it (YAML or JSON; schema in
 * {@code docs/storyboard.schema.json}, read by the api's {@code StoryboardReader}). It travels in
 * workflow history, so it never holds a secret.
 *
 * @param title            the film's title, for people (1..200 characters)
 * @param defaults         what every shot uses unless it overrides it
 * @param failurePolicy    what a shot that still fails after its attempts does to the film
 *                         (default {@link FailurePolicy#FAIL_FILM})
 * @param maxParallelShots most shots generating at once, 1..{@link #MAX_SHOTS} (default 4);
 *                         {@code continue} shots also wait for the shot before them
 * @param attemptsPerShot  how many takes a shot gets before it counts as failed, 1..5 (default 2):
 *                         a failed take whose failure may pass (the provider failed or ended the
 *                         task, the deadline passed, the download broke) is taken again; a refused
 *                         request or an ambiguous submit is never taken again on its own
 * @param shots            the shots in film order, 1..{@link #MAX_SHOTS}; shot numbers are 1-based
 */
public record Storyboard(
    String title,
    ShotDefaults defaults,
    FailurePolicy failurePolicy,
    int maxParallelShots,
    int attemptsPerShot,
    List<Shot> shots) {

  /** Most shots in one storyboard (the 6 to 30, with room). */
  public static final int MAX_SHOTS = 100;
  /** Default of {@link #maxParallelShots}. */
  public static final int DEFAULT_MAX_PARALLEL_SHOTS = 4;
  /** Default of {@link #attemptsPerShot}. */
  public static final int DEFAULT_ATTEMPTS_PER_SHOT = 2;
  /** Most takes per shot. */
  public static final int MAX_ATTEMPTS_PER_SHOT = 5;

  /** Copies the shots and applies the defaults of the policy fields. */
  public Storyboard {
    shots = shots == null ? List.of() : List.copyOf(shots);
    failurePolicy = failurePolicy == null ? FailurePolicy.FAIL_FILM : failurePolicy;
    maxParallelShots = maxParallelShots <= 0 ? DEFAULT_MAX_PARALLEL_SHOTS : maxParallelShots;
    attemptsPerShot = attemptsPerShot <= 0 ? DEFAULT_ATTEMPTS_PER_SHOT : attemptsPerShot;
  }

  /**
   * @param number 1-based shot number
   * @return the shot
   * @throws IndexOutOfBoundsException when there is no such shot
   */
  public Shot shot(int number) {
    return shots.get(number - 1);
  }
}
