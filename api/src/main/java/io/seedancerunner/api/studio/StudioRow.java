package io.seedancerunner.api.studio;

import io.seedancerunner.api.storyboards.StoryboardView;

/**
 * One row of the studio's storyboards list.
 *
 * @param storyboardId the id
 * @param tenant       its owner
 * @param title        its title, or the id when no worker answered
 * @param phase        its status ({@link StoryboardView#status()})
 * @param shotsDone    shots that succeeded
 * @param shotsTotal   shots in the storyboard
 * @param costUsd      what it cost so far, USD for display, {@code "-"} when unknown
 * @param startedAt    ISO-8601 start time
 * @param filmReady    whether a film was stitched
 */
public record StudioRow(String storyboardId, String tenant, String title, String phase, int shotsDone, int shotsTotal,
    String costUsd, String startedAt, boolean filmReady) {

  /**
   * @param tenant its owner
   * @param v      the storyboard's view
   * @return the row
   */
  public static StudioRow of(String tenant, StoryboardView v) {
    return new StudioRow(v.storyboardId(), tenant, v.title() == null ? v.storyboardId() : v.title(), v.status(),
        v.shotsDone(), v.shotsTotal(), StudioShot.usd(v.costUsd()), v.startedAt(), v.film() != null);
  }
}
