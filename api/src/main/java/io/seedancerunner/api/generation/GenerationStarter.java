package io.seedancerunner.api.generation;

import io.seedancerunner.api.config.ApiJobSettings;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.generation.UiMetadata;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Starts {@link GenerationWorkflow} on {@link TaskQueues#WORKFLOWS}: the one place the api starts
 * workflows. The id-reuse policy is {@code REJECT_DUPLICATE}, so a job id is used once, whether
 * the earlier run is still going or finished.
 */
@Singleton
public class GenerationStarter {

  private final WorkflowClient client;
  private final ApiJobSettings jobs;

  /**
   * @param client the worker module's {@code WorkflowClient}
   * @param jobs   the wait policy defaults every job receives
   */
  public GenerationStarter(WorkflowClient client, ApiJobSettings jobs) {
    this.client = client;
    this.jobs = jobs;
  }

  /**
   * What {@link #start} did.
   *
   * @param started       true when a new workflow started, false when the id was taken
   * @param requestSha256 the fingerprint stored with the workflow that holds the id (the new one,
   *                      or the earlier one; null when the earlier one carries none)
   */
  public record Outcome(boolean started, String requestSha256) {}

  /**
   * @param jobId         the workflow id
   * @param request       the normalised, validated request
   * @param requestSha256 its fingerprint ({@link JobIds#requestSha256})
   * @return whether it started, and the fingerprint of the workflow that holds the id
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  public Outcome start(String jobId, GenerationRequest request, String requestSha256) {
    WorkflowOptions options = WorkflowOptions.newBuilder()
        .setWorkflowId(jobId)
        .setTaskQueue(TaskQueues.WORKFLOWS)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setMemo(Map.of(JobIds.MEMO_REQUEST_SHA256, requestSha256))
        .setStaticSummary(UiMetadata.staticSummary(request))
        .setStaticDetails(UiMetadata.staticDetails(request))
        .build();
    GenerationWorkflow workflow = client.newWorkflowStub(GenerationWorkflow.class, options);
    try {
      WorkflowClient.start(workflow::run, new GenerationInput(jobId, request, jobs.toWaitPolicy()));
      return new Outcome(true, requestSha256);
    } catch (WorkflowExecutionAlreadyStarted e) {
      Object existing = client.newUntypedWorkflowStub(jobId).describe()
          .getMemo(JobIds.MEMO_REQUEST_SHA256, String.class);
      return new Outcome(false, existing instanceof String s ? s : null);
    }
  }
}
