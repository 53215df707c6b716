package io.seedancerunner.api.support;

import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the real workflow, steered by the prompt: {@code [succeed]} completes at once
 * with {@link TestVideo#PATH}; {@code [fail]} fails like a provider failure (code
 * {@code CONTENT_POLICY}); {@code [broke]} is refused by its budget (admission) and fails
 * {@code BudgetExceeded}; {@code [unknown]} waits in UNKNOWN_SUBMIT for an operator's Update;
 * anything else waits for cancellation, recording callbacks, which the
 * {@code status} query reports.
 */
public class FakeGenerationWorkflow implements GenerationWorkflow {

  private final List<ProviderCallback> callbacks = new ArrayList<>();
  private Phase phase = Phase.SUBMITTING;
  private String provider;
  private GenerationResult result;
  private String adopted;
  private boolean resubmitted;
  private ReserveOutcome admission;

  @Override
  public GenerationResult run(GenerationInput input) {
    provider = input.request().provider();
    String prompt = input.request().prompt();
    if (prompt.contains("[broke]")) {
      admission = new ReserveOutcome(false, "tenant default: the estimate 0.80 USD exceeds the balance 0.00 USD",
          80, "credits", 0.8, "fake");
      phase = Phase.FAILED;
      Workflow.sleep(java.time.Duration.ofMillis(200));
      throw ApplicationFailure.newNonRetryableFailure(admission.refusal(), Failures.BUDGET_EXCEEDED);
    }
    admission = new ReserveOutcome(true, null, 0, null, 0, "fake");
    if (prompt.contains("[succeed]")) {
      VideoFile video = new VideoFile(TestVideo.PATH.toAbsolutePath().toString(), TestVideo.SIZE, "00", 8, 1280, 720);
      result = new GenerationResult(input.jobId(), video, provider, "task-1", 1, 1, 0, null);
      phase = Phase.SUCCEEDED;
      return result;
    }
    if (prompt.contains("[fail]")) {
      phase = Phase.FAILED;
      throw ApplicationFailure.newNonRetryableFailure("the prompt was refused", Failures.PROVIDER_TASK_FAILED,
          "CONTENT_POLICY", "the prompt was refused");
    }
    if (prompt.contains("[unknown]")) {
      phase = Phase.UNKNOWN_SUBMIT;
      Workflow.await(() -> adopted != null || resubmitted);
    }
    phase = Phase.WAITING;
    try {
      Workflow.await(() -> false);
    } catch (CanceledFailure e) {
      phase = Phase.CANCELLED;
      throw e;
    }
    return null;
  }

  @Override
  public void providerCallback(ProviderCallback callback) {
    callbacks.add(callback);
  }

  @Override
  public void slotGranted(String account) {}

  @Override
  public ReserveOutcome admission() {
    Workflow.await(() -> admission != null);
    return admission;
  }

  @Override
  public JobStatus adoptTask(String providerTaskId) {
    adopted = providerTaskId;
    Workflow.await(() -> phase != Phase.UNKNOWN_SUBMIT);
    return status();
  }

  @Override
  public void validateAdoptTask(String providerTaskId) {
    validateResubmit();
    if (providerTaskId == null || providerTaskId.isBlank()) {
      throw new IllegalArgumentException("providerTaskId must be 1..200 characters");
    }
  }

  @Override
  public JobStatus resubmit() {
    resubmitted = true;
    Workflow.await(() -> phase != Phase.UNKNOWN_SUBMIT);
    return status();
  }

  @Override
  public void validateResubmit() {
    if (phase != Phase.UNKNOWN_SUBMIT) {
      throw new IllegalStateException("applies only to a job in UNKNOWN_SUBMIT; this job is " + phase);
    }
  }

  @Override
  public JobStatus status() {
    ProviderCallback last = callbacks.isEmpty() ? null : callbacks.get(callbacks.size() - 1);
    return new JobStatus(phase, provider, adopted != null ? adopted : last == null ? null : last.providerTaskId(),
        last == null ? null : last.rawStatus(), phase == Phase.SUCCEEDED ? 100 : 10, null, 1, 0,
        callbacks.size(), last == null ? null : last.eventKey(), result);
  }
}
