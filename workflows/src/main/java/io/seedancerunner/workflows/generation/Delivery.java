package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.generation.AttemptEnding.Stage;
import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.failure.ActivityFailure;

/**
 * Fetches a succeeded task's video. A link the provider refuses
 * ({@link ProviderOutcome#LINK_REFUSED}) is replaced once by a fresh link of the same task
 * ({@link ProviderActivities#freshLink}: the status read again, or openai-videos' content
 * endpoint); a new paid task is never made here. Workflow code.
 */
final class Delivery {

  private final JobState s;
  private final JobContext job;

  Delivery(JobState state, JobContext job) {
    this.s = state;
    this.job = job;
  }

  /**
   * @param done the task's succeeded snapshot
   * @return the verified file
   * @throws ActivityFailure when neither the link nor a fresh one delivered the video
   */
  VideoFile download(TaskSnapshot done) {
    s.stage = Stage.DOWNLOAD;
    s.nextPollAt = null;
    s.phase(Phase.DOWNLOADING);
    try {
      return fetch(done.videoUrl(), "download the MP4 of task " + s.providerTaskId);
    } catch (ActivityFailure e) {
      if (ProviderOutcome.of(e) != ProviderOutcome.LINK_REFUSED) {
        throw e;
      }
      s.lastError = SubmitLoop.describe(e) + "; asking the provider for a fresh link";
      String fresh = ActivityStubs.status(s.provider, job.waitPolicy(), "ask for a fresh link of task " + s.providerTaskId)
          .freshLink(s.provider, s.providerTaskId);
      if (fresh == null) {
        throw e;
      }
      return fetch(fresh, "download the MP4 of task " + s.providerTaskId + " from a fresh link");
    }
  }

  private VideoFile fetch(String url, String summary) {
    return ActivityStubs.download(job.waitPolicy(), summary)
        .download(new DownloadRequest(job.jobId(), s.provider, s.providerTaskId, url));
  }
}
