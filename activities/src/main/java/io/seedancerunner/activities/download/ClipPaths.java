package io.seedancerunner.activities.download;

import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;

/**
 * Where a job's clip lives: {@code <data-dir>/videos/<jobId>/clip.mp4}, downloaded through
 * {@code clip.mp4.part} in the same folder. A job id may contain {@code /} (storyboard shots such as
 * {@code sb1/shot-3}), which gives nested folders.
 */
public final class ClipPaths {

  /** {@code ApplicationFailure} type for a job id that cannot name a folder (not retryable). */
  public static final String INVALID_JOB_ID = "InvalidJobId";
  /** The clip's file name. */
  public static final String CLIP = "clip.mp4";
  /** The temp file the download streams into. */
  public static final String PART = "clip.mp4.part";

  private ClipPaths() {}

  /**
   * @param dataDir the data folder
   * @param jobId   the job id
   * @return the clip's path
   * @throws ApplicationFailure non-retryable {@link #INVALID_JOB_ID} when the id is blank, absolute,
   *     or has an empty, {@code .} or {@code ..} segment, a backslash or a NUL
   */
  public static Path clip(Path dataDir, String jobId) {
    if (jobId == null || jobId.isBlank() || jobId.indexOf('\\') >= 0 || jobId.indexOf('\0') >= 0) {
      throw invalid(jobId);
    }
    Path videos = dataDir.resolve("videos").toAbsolutePath().normalize();
    Path folder = videos;
    for (String segment : jobId.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw invalid(jobId);
      }
      folder = folder.resolve(segment);
    }
    Path clip = folder.resolve(CLIP).normalize();
    if (!clip.startsWith(videos)) {
      throw invalid(jobId);
    }
    return clip;
  }

  private static ApplicationFailure invalid(String jobId) {
    return ApplicationFailure.newBuilder()
        .setType(INVALID_JOB_ID)
        .setMessage("job id '" + jobId + "' cannot name a folder under videos/ (empty, '.' or '..' segment)")
        .setNonRetryable(true)
        .build();
  }
}
