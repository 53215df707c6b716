package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One clip, durably: submit, wait on a webhook signal or a poll timer, confirm with the status
 * endpoint, download, complete. Cancel it with Temporal's workflow cancellation; the workflow
 * then cancels at the provider where the dialect can.
 *
 * <p>Failures: a provider failure fails the workflow with an {@code ApplicationFailure} of type
 * {@link Failures#PROVIDER_TASK_FAILED} carrying the provider's code and message; the deadline
 * fails it with {@link Failures#DEADLINE_EXCEEDED}; a submit rejected by the provider with
 * {@link Failures#PROVIDER_REJECTED}; an ambiguous submit with {@link Failures#AMBIGUOUS_SUBMIT}.
 */
@WorkflowInterface
public interface GenerationWorkflow {

  /** Workflow type name, as Temporal UI shows it. */
  String TYPE = "GenerationWorkflow";

  /**
   * Runs the job to its end.
   *
   * @param input the job
   * @return the downloaded, verified clip
   */
  @WorkflowMethod(name = TYPE)
  GenerationResult run(GenerationInput input);

  /**
   * A webhook arrived. Wakes the wait at once; the workflow then asks the status endpoint.
   * Duplicate deliveries (same {@code eventKey}) are counted once.
   *
   * @param callback what the api parsed out of the webhook
   */
  @SignalMethod
  void providerCallback(ProviderCallback callback);

  /** @return phase, provider task id, progress, next poll time, attempts and last error */
  @QueryMethod
  JobStatus status();
}
