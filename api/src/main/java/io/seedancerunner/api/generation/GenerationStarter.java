package io.seedancerunner.api.generation;

import io.seedancerunner.api.config.ApiJobSettings;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.generation.UiMetadata;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.model.AttemptRecord;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.temporal.client.WorkflowException;
import io.seedancerunner.workflows.model.JobPolicy;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateStage;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
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
   * The first reservation of a job that ended before its admission Update was answered, read
   * through its {@code status} query: refused when its first attempt is logged {@code REFUSED}.
   */
  private ReserveOutcome admissionFromStatus(String jobId) {
    JobStatus status = client.newWorkflowStub(GenerationWorkflow.class, jobId).status();
    AttemptRecord first = status.attemptLog() == null || status.attemptLog().isEmpty() ? null
        : status.attemptLog().get(0);
    boolean refused = first != null && "REFUSED".equals(first.outcome());
    return new ReserveOutcome(!refused, refused ? first.reason() : null, 0, null, 0, "read from the status query");
  }

  /**
   * Starts the job and asks for its admission in one call: update-with-start, the first
   * reservation ({@code admission}) being the Update.
   *
   * @param jobId         the workflow id
   * @param request       the normalised, validated request
   * @param policy        tenant, attempts and fallback chain
   * @param requestSha256 its fingerprint ({@link JobIds#requestSha256})
   * @return whether it started, the fingerprint of the workflow that holds the id, and for a new
   *     job whether its budget admitted it (the job has then reserved its estimate, or failed with
   *     {@code BudgetExceeded} without calling any provider)
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  public Outcome start(String jobId, GenerationRequest request, JobPolicy policy, String requestSha256) {
    WorkflowOptions options = WorkflowOptions.newBuilder()
        .setWorkflowId(jobId)
        .setTaskQueue(TaskQueues.WORKFLOWS)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
        .setMemo(Map.of(JobIds.MEMO_REQUEST_SHA256, requestSha256, JobIds.MEMO_TENANT, policy.tenant()))
        .setStaticSummary(UiMetadata.staticSummary(request))
        .setStaticDetails(UiMetadata.staticDetails(request))
        .build();
    GenerationWorkflow workflow = client.newWorkflowStub(GenerationWorkflow.class, options);
    WithStartWorkflowOperation<GenerationResult> start = new WithStartWorkflowOperation<>(workflow::run,
        new GenerationInput(jobId, request, jobs.toWaitPolicy(), policy));
    try {
      // One call: the workflow starts and its first reservation (the admission Update) is answered.
      ReserveOutcome admission = WorkflowClient.executeUpdateWithStart(workflow::admission,
          UpdateOptions.<ReserveOutcome>newBuilder().setWaitForStage(WorkflowUpdateStage.COMPLETED).build(), start);
      return new Outcome(true, requestSha256, admission);
    } catch (WorkflowExecutionAlreadyStarted e) {
      return existing(jobId);
    } catch (WorkflowException e) {
      if (alreadyStarted(e)) {
        return existing(jobId);
      }
      // Started, but ended before the Update was answered (a refused reservation fails the job).
      return new Outcome(true, requestSha256, admissionFromStatus(jobId));
    }
  }

  private static boolean alreadyStarted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof WorkflowExecutionAlreadyStarted
          || t instanceof StatusRuntimeException s && s.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
        return true;
      }
    }
    return false;
  }

  private Outcome existing(String jobId) {
    Object existing = client.newUntypedWorkflowStub(jobId).describe()
        .getMemo(JobIds.MEMO_REQUEST_SHA256, String.class);
    return new Outcome(false, existing instanceof String s ? s : null, null);
  }
}
