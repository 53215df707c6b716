package io.seedancerunner.api.storyboards;

import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.storyboard.ShotPhase;
import io.seedancerunner.workflows.storyboard.ShotStatus;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link StoryboardView}s: the storyboard's own status, plus one {@code status} query per
 * shot that is generating right now (at most {@code maxParallelShots} of them) for the take's
 * phase and the provider's figures.
 */
@Singleton
public class StoryboardViews {

  private final StoryboardLookup lookup;
  private final StoryboardLinks links;

  /** Wires the parts. */
  public StoryboardViews(StoryboardLookup lookup, StoryboardLinks links) {
    this.lookup = lookup;
    this.links = links;
  }

  /**
   * @param storyboardId the id
   * @return the view, or empty when no storyboard has that id (or the id cannot be one)
   */
  public Optional<StoryboardView> find(String storyboardId) {
    if (StoryboardIds.problem(storyboardId) != null) {
      return Optional.empty();
    }
    return lookup.find(storyboardId).map(found -> {
      Map<String, JobStatus> live = new HashMap<>();
      if (found.running() && found.status() != null) {
        for (ShotStatus shot : found.status().shots()) {
          if (shot.phase() == ShotPhase.GENERATING && shot.jobId() != null) {
            JobStatus s = lookup.shotStatus(shot.jobId());
            if (s != null) {
              live.put(shot.jobId(), s);
            }
          }
        }
      }
      return StoryboardView.of(found, live, links.of(storyboardId));
    });
  }
}
