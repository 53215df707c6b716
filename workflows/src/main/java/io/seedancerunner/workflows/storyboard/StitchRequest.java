package io.seedancerunner.workflows.storyboard;

import java.util.List;

/**
 * Input of {@link StoryboardActivities#stitch}.
 *
 * @param storyboardId the storyboard id; the film lands in {@code data/storyboards/<id>/}
 * @param clipPaths    absolute paths of the clips, in film order (at least one)
 */
public record StitchRequest(String storyboardId, List<String> clipPaths) {

  /** Copies the list. */
  public StitchRequest {
    clipPaths = List.copyOf(clipPaths);
  }
}
