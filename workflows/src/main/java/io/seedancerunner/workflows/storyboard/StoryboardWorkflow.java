package io.seedancerunner.workflows.storyboard;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A multi-shot film: a parent workflow (id = the storyboard id, on
 * {@code TaskQueues.WORKFLOWS}) whose shots are child {@code GenerationWorkflow}s with ids
 * {@code <storyboardId>/shot-<n>} (n 1-based; later takes {@code .../take-<k>}, see
 * {@link StoryboardIds#shotJobId}). Each child carries the search attributes
 * {@code SeedanceStoryboardId} and {@code SeedanceShotIndex}; the parent carries
 * {@code SeedanceStoryboardId}.
 *
 * <ul>
 *   <li>Cut shots run in parallel, at most {@link Storyboard#maxParallelShots()} at once, lower
 *       shot numbers first.</li>
 *   <li>A {@code continue} shot starts after the shot before it has succeeded, with that shot's
 *       last frame as its first frame.</li>
 *   <li>A failed take is taken again up to {@link Storyboard#attemptsPerShot()}; a shot that
 *       still fails follows the {@link FailurePolicy}.</li>
 *   <li>When every shot has settled, the stitch activity joins the film
 *       ({@code data/storyboards/<id>/film.mp4}) and draws the contact sheet; the workflow then
 *       stays open for {@link #reshoot} Updates for {@link StoryboardInput#reshootWindowSeconds()}
 *       and completes with the last film.</li>
 *   <li>A finished shot is never generated again by a replay of this workflow (its result is in
 *       history), nor by a new run under the same storyboard id: such a run adopts each shot's
 *       completed take whose request is unchanged.</li>
 *   <li>Cancel it with Temporal's workflow cancellation: shots still generating are cancelled (at
 *       the provider where the dialect can).</li>
 * </ul>
 *
 * <p>Failures: {@link #STORYBOARD_FAILED} (a shot of a {@code fail-film} storyboard failed, or
 * a {@code partial-film} storyboard has no shot left to stitch), {@link #STITCH_FAILED} (FFmpeg
 * could not join the film), {@link #INVALID_STORYBOARD} (the input breaks a rule the api checks,
 * for example an invalid id).
 */
@WorkflowInterface
public interface StoryboardWorkflow {

  /** Workflow type name, as Temporal UI shows it. */
  String TYPE = "StoryboardWorkflow";
  /** {@code ApplicationFailure} type: a shot failed a {@code fail-film} storyboard, or no shot is left. */
  String STORYBOARD_FAILED = "StoryboardFailed";
  /** {@code ApplicationFailure} type: the film could not be stitched. */
  String STITCH_FAILED = "StitchFailed";
  /** {@code ApplicationFailure} type: the input is not a valid storyboard. */
  String INVALID_STORYBOARD = "InvalidStoryboard";

  /**
   * Generates every shot, stitches the film, keeps it open for reshoots, and completes.
   *
   * @param input the storyboard
   * @return the film, the contact sheet and every shot
   */
  @WorkflowMethod(name = TYPE)
  StoryboardResult run(StoryboardInput input);

  /**
   * Takes a shot again: that shot, and the {@code continue} shots downstream of it up to the next
   * cut, get a new take each; every other shot is kept; the film is stitched again once they have
   * settled. Returns as soon as the reshoot is scheduled.
   *
   * @param shot    1-based shot number
   * @param changes what to change first; {@link ShotChanges#NONE} for the same request again
   * @return the shot's status, {@link ShotPhase#PENDING}; its {@code take} and {@code jobId} change
   *     when the new take starts
   */
  @UpdateMethod
  ShotStatus reshoot(int shot, ShotChanges changes);

  /**
   * Validator of {@link #reshoot} (nothing is written to history when it refuses): throws
   * {@code IllegalArgumentException} for a shot number out of range or a change the shot cannot
   * take (a first frame on a {@code continue} shot, a duration below 1 s, a blank prompt), and
   * {@code IllegalStateException} while the storyboard is not generating or film-ready, or while
   * that shot or a {@code continue} shot downstream of it is still preparing or generating.
   *
   * @param shot    1-based shot number
   * @param changes the changes
   */
  @UpdateValidatorMethod(updateName = "reshoot")
  void validateReshoot(int shot, ShotChanges changes);

  /** @return each shot's phase, progress, cost, file and child run count; the film once stitched */
  @QueryMethod
  StoryboardStatus status();
}
