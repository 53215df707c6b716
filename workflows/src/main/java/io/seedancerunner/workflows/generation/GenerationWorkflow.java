package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.quota.SlotSignals;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One clip, durably: submit, wait on a webhook signal or a poll timer, confirm with the status
 * endpoint, download, complete. Cancel it with Temporal's workflow cancellation; the workflow
 * then cancels at the provider where the dialect can.
 *
 * <p>Failures: a provider failure fails the workflow with an {@code ApplicationFailure} whose type
 * is the adapter's {@link ProviderOutcome} (a failed task's carries the provider's code and
 * message); the deadline fails it with {@link Failures#DEADLINE_EXCEEDED}; a succeeded task whose
 * video could not be fetched with {@link Failures#UNDELIVERED} (task id, charge, captured USD). An ambiguous submit puts the job in {@code UNKNOWN_SUBMIT}
 * (also the {@link SearchAttributes#PHASE} search attribute): reconciled where the dialect allows,
 * else decided by an operator through the {@link #adoptTask} or {@link #resubmit} Update; with no
 * decision by the deadline it fails with {@link Failures#AMBIGUOUS_SUBMIT}.
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

  /**
   * The provider account's {@code ProviderSlotsWorkflow} granted this job a slot (the account's
   * {@code max-queued-tasks} cap); the job leaves {@code QUEUED} and submits.
   *
   * @param account the provider account name
   */
  @SignalMethod(name = SlotSignals.GRANTED)
  void slotGranted(String account);

  /**
   * Waits until the job's first reservation has been decided and returns it: the api answers
   * {@code 402} when it was refused (the job then fails with {@link Failures#BUDGET_EXCEEDED}
   * before any provider call). A job without a tenant is accepted at once.
   *
   * @return the ledger's answer to the first attempt's reservation
   */
  @UpdateMethod
  ReserveOutcome admission();

  /** @return phase, provider task id, progress, next poll time, attempts and last error */
  @QueryMethod
  JobStatus status();

  /**
   * An operator's decision for a job in {@code UNKNOWN_SUBMIT}: the provider task the lost submit
   * created is {@code providerTaskId} (found in the provider's dashboard or list). The job adopts
   * it and waits for it like any task it submitted. Refused (the Update's validator) in any
   * other phase or with a blank id; nothing is written to history then.
   *
   * @param providerTaskId the provider's task id, 1..200 characters
   * @return the status once the job has left {@code UNKNOWN_SUBMIT}
   */
  @UpdateMethod
  JobStatus adoptTask(String providerTaskId);

  /** Validator of {@link #adoptTask}: throws {@code IllegalStateException} outside UNKNOWN_SUBMIT. */
  @UpdateValidatorMethod(updateName = "adoptTask")
  void validateAdoptTask(String providerTaskId);

  /**
   * An operator's decision for a job in {@code UNKNOWN_SUBMIT}: the lost submit created no task
   * (or the operator accepts paying twice); submit again as a new attempt, with a new
   * idempotency key. Refused in any other phase.
   *
   * @return the status once the job has left {@code UNKNOWN_SUBMIT}
   */
  @UpdateMethod
  JobStatus resubmit();

  /** Validator of {@link #resubmit}: throws {@code IllegalStateException} outside UNKNOWN_SUBMIT. */
  @UpdateValidatorMethod(updateName = "resubmit")
  void validateResubmit();
}
