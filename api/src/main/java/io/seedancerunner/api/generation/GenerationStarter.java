package io.seedancerunner.api.generation;

import io.seedancerunner.api.config.ApiJobSettings;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.generation.UiMetadata;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.model.AttemptRecord;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobStatus;
import io.temporal.client.WorkflowException;
import io.seedancerunner.workflows.model.JobPolicy;
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
   * @param admission     for a new job, the ledger's answer to its first reservation (the
   *                      {@code admission} Update); null for a repeated id
   */
  public record Outcome(boolean started, String requestSha256, ReserveOutcome admission) {}

  /**
   * @param jobId         the workflow id
   * @param request       the normalised, validated request
   * @param policy        tenant, attempts and fallback chain
   * @param requestSha256 its fingerprint ({@link JobIds#requestSha256})
   * @return whether it started, the fingerprint of the workflow that holds the id, and for a new
   *     job whether its budget admitted it (the job has then reserved its estimate, or failed with
   *     {@code BudgetExceeded} without calling any provider)
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  /**
   * The job's answer to its first reservation. A job that ended before the Update arrived (it
   * cannot take Updates any more) is read through its {@code status} query instead: refused when
   * its first attempt is logged {@code REFUSED}.
   */
  private static ReserveOutcome admission(GenerationWorkflow workflow) {
    try {
      return workflow.admission();
    } catch (WorkflowException e) {
      JobStatus status = workflow.status();
      AttemptRecord first = status.attemptLog() == null || status.attemptLog().isEmpty() ? null
          : status.attemptLog().get(0);
      boolean refused = first != null && "REFUSED".equals(first.outcome());
      return new ReserveOutcome(!refused, refused ? first.reason() : null, 0, null, 0, "read from the status query");
    }
  }

  public Outcome start(String jobId, GenerationRequest request, JobPolicy policy, String requestSha256) {
    WorkflowOptions options = WorkflowOptions.newBuilder()
        .setWorkflowId(jobId)
        .setTaskQueue(TaskQueues.WORKFLOWS)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setMemo(Map.of(JobIds.MEMO_REQUEST_SHA256, requestSha256, JobIds.MEMO_TENANT, policy.tenant()))
        .setStaticSummary(UiMetadata.staticSummary(request))
        .setStaticDetails(UiMetadata.staticDetails(request))
        .build();
    GenerationWorkflow workflow = client.newWorkflowStub(GenerationWorkflow.class, options);
    try {
      WorkflowClient.start(workflow::run, new GenerationInput(jobId, request, jobs.toWaitPolicy(), policy));
      return new Outcome(true, requestSha256, admission(workflow));
    } catch (WorkflowExecutionAlreadyStarted e) {
      Object existing = client.newUntypedWorkflowStub(jobId).describe()
          .getMemo(JobIds.MEMO_REQUEST_SHA256, String.class);
      return new Outcome(false, existing instanceof String s ? s : null, null);
    }
  }
}
