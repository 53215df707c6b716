package io.seedancerunner.workflows.storyboard;

import java.util.List;

/**
 * Answer of the storyboard's {@code status} query.
 *
 * @param storyboardId      the storyboard id (the workflow id)
 * @param title             the storyboard's title
 * @param phase             where the storyboard is
 * @param storyboard        the storyboard as it stands, reshoot changes applied ({@code null}
 *                          only before the workflow has read its input)
 * @param shots             every shot, in film order
 * @param film              the last stitched film, or {@code null} before the first stitch
 * @param filmVersion       how many times the film was stitched (1 after the first film, +1 per
 *                          re-stitch after a reshoot); 0 before
 * @param partial           whether the film leaves out failed or skipped shots
 *                          ({@link FailurePolicy#PARTIAL_FILM})
 * @param cost              sum of the shots' {@link ShotStatus#cost()}, in the providers' unit,
 *                          or {@code null} when no shot reported one
 * @param reshootsOpenUntil while {@link StoryboardPhase#FILM_READY}: when the workflow stops
 *                          accepting reshoots and completes, epoch milliseconds; else {@code null}
 * @param lastError         why the storyboard failed or the last stitch failed, else {@code null}
 * @param costUsd           sum of the shots' {@link ShotStatus#costUsd()}, USD, or {@code null} when
 *                          no shot has one (no tenant)
 */
public record StoryboardStatus(
    String storyboardId,
    String title,
    StoryboardPhase phase,
    Storyboard storyboard,
    List<ShotStatus> shots,
    Film film,
    int filmVersion,
    boolean partial,
    Double cost,
    Long reshootsOpenUntil,
    String lastError,
    Double costUsd) {

  /** A status without a USD cost (the shape before {@code costUsd}). */
  public StoryboardStatus(String storyboardId, String title, StoryboardPhase phase, Storyboard storyboard,
      List<ShotStatus> shots, Film film, int filmVersion, boolean partial, Double cost, Long reshootsOpenUntil,
      String lastError) {
    this(storyboardId, title, phase, storyboard, shots, film, filmVersion, partial, cost, reshootsOpenUntil,
        lastError, null);
  }
}
