package io.seedancerunner.activities.storyboard;

import io.seedancerunner.workflows.storyboard.StoryboardIds;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;

/**
 * Where a storyboard's files live: {@code <data-dir>/storyboards/<id>/film.mp4} and
 * {@code contact-sheet.jpg}; last frames in {@code <data-dir>/frames/<sha256>.jpg}.
 */
public final class StoryboardPaths {

  /** The film's file name. */
  public static final String FILM = "film.mp4";
  /** The contact sheet's file name. */
  public static final String CONTACT_SHEET = "contact-sheet.jpg";
  /** The folder of last frames under the data folder. */
  public static final String FRAMES = "frames";

  private StoryboardPaths() {}

  /**
   * @param dataDir      the data folder
   * @param storyboardId the storyboard id
   * @return {@code <data-dir>/storyboards/<id>}
   * @throws ApplicationFailure non-retryable {@code InvalidStoryboard} for an id that cannot name a
   *     folder ({@link StoryboardIds#problem})
   */
  public static Path folder(Path dataDir, String storyboardId) {
    String problem = StoryboardIds.problem(storyboardId);
    if (problem != null) {
      throw ApplicationFailure.newNonRetryableFailure(problem, "InvalidStoryboard");
    }
    return dataDir.resolve("storyboards").resolve(storyboardId).toAbsolutePath().normalize();
  }

  /**
   * @param dataDir the data folder
   * @return {@code <data-dir>/frames}
   */
  public static Path frames(Path dataDir) {
    return dataDir.resolve(FRAMES).toAbsolutePath().normalize();
  }
}
