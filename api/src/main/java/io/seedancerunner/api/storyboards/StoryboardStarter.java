package io.seedancerunner.api.storyboards;

import io.seedancerunner.api.config.ApiJobSettings;
import io.seedancerunner.api.config.StoryboardSettings;
import io.seedancerunner.api.generation.JobIds;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.storyboard.Storyboard;
import io.seedancerunner.workflows.storyboard.StoryboardInput;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowOptions;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Starts {@link StoryboardWorkflow} on {@link TaskQueues#WORKFLOWS} under the storyboard id.
 *
 * <p>An id is reused on purpose (id-reuse policy {@code ALLOW_DUPLICATE}): a new run of a failed,
 * cancelled or edited storyboard adopts the shots its earlier runs finished (the workflow's rule)
 * instead of paying for them again. Two cases start nothing: the id's workflow still runs (the
 * caller compares fingerprints), or it completed with the same storyboard (the same film exists).
 */
@Singleton
public class StoryboardStarter {

  private final WorkflowClient client;
  private final ApiJobSettings jobs;
  private final StoryboardSettings settings;
  private final StoryboardLookup lookup;
  private final StoryboardBudgetCheck budget;

  /** Wires the parts. */
  public StoryboardStarter(WorkflowClient client, ApiJobSettings jobs, StoryboardSettings settings,
      StoryboardLookup lookup, StoryboardBudgetCheck budget) {
    this.client = client;
    this.jobs = jobs;
    this.settings = settings;
    this.lookup = lookup;
    this.budget = budget;
  }

  /**
   * What {@link #start} did.
   *
   * @param started       true when a new run started
   * @param running       when not started: true if the id's workflow still runs, false if it
   *                      completed with the same storyboard
   * @param requestSha256 the fingerprint of the storyboard the id's workflow holds
   */
  public record Outcome(boolean started, boolean running, String requestSha256) {}

  /**
   * @param storyboardId  a valid storyboard id
   * @param storyboard    the normalised storyboard
   * @param requestSha256 its fingerprint ({@link JobIds#sha256} of its canonical JSON)
   * @param tenant        whose budget pays for the shots (a valid tenant id)
   * @return whether it started
   * @throws io.seedancerunner.api.error.ApiException 402 {@code budget_exceeded} when a new run
   *     would not fit the tenant's balance ({@link StoryboardBudgetCheck}); nothing starts
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  public Outcome start(String storyboardId, Storyboard storyboard, String requestSha256, String tenant) {
    Optional<WorkflowExecutionDescription> earlier = lookup.describe(storyboardId);
    if (earlier.isPresent() && earlier.get().getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return new Outcome(false, true, sha(earlier.get()));
    }
    if (earlier.isPresent()
        && earlier.get().getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED
        && requestSha256.equals(sha(earlier.get()))) {
      return new Outcome(false, false, requestSha256);
    }
    budget.check(tenant, storyboard);
    WorkflowOptions options = WorkflowOptions.newBuilder()
        .setWorkflowId(storyboardId)
        .setTaskQueue(TaskQueues.WORKFLOWS)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
        .setMemo(Map.of(JobIds.MEMO_REQUEST_SHA256, requestSha256, JobIds.MEMO_TENANT, tenant))
        .setStaticSummary(StoryboardMetadata.summary(storyboard))
        .build();
    StoryboardWorkflow workflow = client.newWorkflowStub(StoryboardWorkflow.class, options);
    try {
      WorkflowClient.start(workflow::run, new StoryboardInput(storyboardId, storyboard, jobs.toWaitPolicy(),
          settings.reshootWindow().toSeconds(), tenant));
      return new Outcome(true, false, requestSha256);
    } catch (WorkflowExecutionAlreadyStarted e) {
      return new Outcome(false, true, lookup.describe(storyboardId).map(StoryboardStarter::sha).orElse(null));
    }
  }

  private static String sha(WorkflowExecutionDescription d) {
    Object sha = d.getMemo(JobIds.MEMO_REQUEST_SHA256, String.class);
    return sha instanceof String s ? s : null;
  }
}
