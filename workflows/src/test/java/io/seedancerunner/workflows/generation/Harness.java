package io.seedancerunner.workflows.generation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.VideoFile;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** A time-skipping test environment with the workflow and mocked activities registered. */
final class Harness implements AutoCloseable {

  static final String PROVIDER = "acct";
  static final VideoFile VIDEO = new VideoFile("/data/videos/job/clip.mp4", 1234, "ab", 8.0, 1280, 720);

  final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  final ProviderActivities provider = mock(ProviderActivities.class, withSettings().withoutAnnotations());
  final DownloadActivities download = mock(DownloadActivities.class, withSettings().withoutAnnotations());
  final WorkflowClient client = env.getWorkflowClient();
  /** No cap on the test account: acquire grants at once (see ProviderSlotsWorkflowTest for caps). */
  final io.seedancerunner.workflows.quota.QuotaActivities quota =
      mock(io.seedancerunner.workflows.quota.QuotaActivities.class, withSettings().withoutAnnotations());

  /** The learned generation times (none until a test adds 20 finished jobs). */
  final MemoryPollEstimates estimates = new MemoryPollEstimates();

  Harness() {
    Worker wf = env.newWorker(TaskQueues.WORKFLOWS);
    wf.registerWorkflowImplementationTypes(GenerationWorkflowImpl.class);
    env.newWorker(TaskQueues.provider(PROVIDER)).registerActivitiesImplementations(provider);
    env.newWorker(TaskQueues.DOWNLOADS).registerActivitiesImplementations(download);
    org.mockito.Mockito.when(quota.acquire(org.mockito.ArgumentMatchers.anyString(),
        org.mockito.ArgumentMatchers.anyString())).thenReturn(true);
    env.newWorker(TaskQueues.QUOTA).registerActivitiesImplementations(quota, estimates);
    SearchAttributes.ALL.forEach(env::registerSearchAttribute);
    env.start();
  }

  static GenerationRequest request() {
    return new GenerationRequest(PROVIDER, "seedance-2.0", "A cinematic shot of mountains at sunrise",
        8, "720p", "16:9", false, false, null, null, List.of());
  }

  static SubmitReceipt receipt(Integer estimatedSeconds, boolean cancellable) {
    return new SubmitReceipt("task-1", TaskState.QUEUED, estimatedSeconds, 40.0, cancellable);
  }

  static TaskSnapshot snapshot(TaskState state) {
    return new TaskSnapshot("task-1", state, state.name().toLowerCase(), null,
        state == TaskState.SUCCEEDED ? "http://cdn/task-1.mp4" : null,
        state == TaskState.FAILED ? "content_moderation" : null,
        state == TaskState.FAILED ? "the prompt was refused" : null, 40.0);
  }

  GenerationWorkflow start(String jobId, WaitPolicy policy) {
    GenerationWorkflow wf = client.newWorkflowStub(GenerationWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(jobId).setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(wf::run, new GenerationInput(jobId, request(), policy));
    return wf;
  }

  GenerationWorkflow start(String jobId) {
    return start(jobId, WaitPolicy.defaults());
  }

  /** Queries until the status matches; time does not skip while the test is not waiting on a result. */
  JobStatus awaitStatus(GenerationWorkflow wf, Predicate<JobStatus> done) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      JobStatus s = wf.status();
      if (done.test(s)) {
        return s;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("status never matched; last " + wf.status());
  }

  JobStatus awaitPhase(GenerationWorkflow wf, Phase phase) throws InterruptedException {
    return awaitStatus(wf, s -> s.phase() == phase);
  }

  static WorkflowStub untyped(GenerationWorkflow wf) {
    return WorkflowStub.fromTyped(wf);
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }

  @Override
  public void close() {
    env.close();
  }
}
