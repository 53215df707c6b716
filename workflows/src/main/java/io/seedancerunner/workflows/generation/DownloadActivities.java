package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Streams a result to storage, on the {@link TaskQueues#DOWNLOADS} task queue.
 *
 * <p>The activity heartbeats the byte offset it has written; a retry resumes from it with an HTTP
 * {@code Range} request. It fails with a retryable {@link Failures#DOWNLOAD_INCOMPLETE} when fewer
 * bytes than {@code Content-Length} arrived, and a non-retryable {@link Failures#NOT_MP4} when the
 * file is not an MP4 with a video track.
 */
@ActivityInterface(namePrefix = "Media")
public interface DownloadActivities {

  /**
   * Downloads, verifies and atomically moves the clip into place.
   *
   * @param request what to fetch and where it belongs
   * @return the verified file
   */
  @ActivityMethod
  VideoFile download(DownloadRequest request);
}
