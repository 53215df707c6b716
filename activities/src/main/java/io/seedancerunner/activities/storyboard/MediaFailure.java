package io.seedancerunner.activities.storyboard;

import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.temporal.failure.ApplicationFailure;

/**
 * The storyboard media steps' one failure: non-retryable {@link StoryboardActivities#FFMPEG_FAILED}
 * (a clip FFmpeg cannot read or a film it cannot write fails the same way on every attempt).
 */
final class MediaFailure {

  private MediaFailure() {}

  /**
   * @param message what failed, on which file
   * @return the failure to throw
   */
  static ApplicationFailure of(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, StoryboardActivities.FFMPEG_FAILED);
  }

  /**
   * @param what  the step, for example {@code "probe a.mp4"}
   * @param cause the library's exception
   * @return the failure to throw, naming the step and the library's message
   */
  static ApplicationFailure of(String what, Exception cause) {
    return of(what + " failed: " + cause.getMessage());
  }
}
