package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.generation.AttemptEnding.Stage;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;

/**
 * Gets one attempt's task to the provider, reconciliation included: submits outside the
 * workflow's cancellation (so a cancel never orphans a billed task), retries as
 * {@link SubmitLoop} decides, and resolves a lost answer through {@link UnknownSubmit} (adopt the
 * task, or, by an operator's choice, submit again under a new attempt number). Workflow code.
 */
final class TaskSubmission {

  private final JobState s;
  private final JobContext job;
  private final AttemptBooks books;

  TaskSubmission(JobState state, JobContext job, AttemptBooks books) {
    this.s = state;
    this.job = job;
    this.books = books;
  }

  /**
   * @return the receipt of the task the provider holds for this job
   * @throws ApplicationFailure the provider's refusal (its {@link ProviderOutcome} type)
   * @throws CanceledFailure    when the job was cancelled before or while submitting
   */
  SubmitReceipt submit(GenerationRequest request) {
    s.stage = Stage.SUBMIT;
    s.phase(Phase.SUBMITTING);
    SubmitReceipt receipt = null;
    while (receipt == null) {
      long startedAt = Workflow.currentTimeMillis();
      SubmitLoop.Outcome outcome = submitOnce(request);
      receipt = outcome.isAmbiguous() ? reconcile(request, outcome.ambiguous(), startedAt) : outcome.receipt();
    }
    s.accepted(receipt);
    if (job.cancelRequested()) {
      s.phase(Phase.CANCELLED);
      cancelAtProvider(receipt);
      throw new CanceledFailure("cancelled while submitting");
    }
    return receipt;
  }

  /** @return the adopted task's receipt, or {@code null} when the operator chose to submit again */
  private SubmitReceipt reconcile(GenerationRequest request, String why, long startedAt) {
    s.lastError = why;
    s.phase(Phase.UNKNOWN_SUBMIT);
    s.submitAmbiguous = true;
    UnknownSubmit.Decision decision;
    try {
      decision = s.unknownSubmit.resolve(job.jobId(), s.attempt, request, startedAt, job.deadlineAt());
    } catch (CanceledFailure e) {
      s.phase(Phase.CANCELLED);
      throw e;
    } catch (ApplicationFailure e) {
      s.lastError = e.getOriginalMessage();
      throw e;
    }
    s.lastError = s.unknownSubmit.detail();
    s.submitAmbiguous = false;
    if (decision.resubmit()) {
      // The lost submit may still have made a task, so its reservation is held, never released early.
      books.checkThenSettle(request, "operator chose resubmit after an ambiguous submit");
      s.attempt++;
      books.reserve(request);
      s.stage = Stage.SUBMIT;
      s.phase(Phase.SUBMITTING);
      return null;
    }
    SubmitReceipt adopted = decision.adopt();
    if (adopted.estimatedSeconds() != null) {
      return adopted;
    }
    // The adopted task has been running since the lost submit: ask about it soon, then back off.
    return new SubmitReceipt(adopted.providerTaskId(), adopted.state(),
        (int) Math.max(job.waitPolicy().minPollSeconds(), job.waitPolicy().firstBackoffSeconds()), adopted.cost(),
        adopted.cancellable());
  }

  private SubmitLoop.Outcome submitOnce(GenerationRequest request) {
    SubmitLoop.Outcome[] outcome = new SubmitLoop.Outcome[1];
    try {
      Workflow.newDetachedCancellationScope(() -> outcome[0] =
          s.submitLoop.run(job.jobId(), s.attempt, request, job.deadlineAt(), job::cancelRequested)).run();
    } catch (ApplicationFailure e) {
      s.lastError = e.getOriginalMessage();
      throw e;
    }
    s.lastError = s.submitLoop.lastError();
    if (outcome[0] == null) {
      s.phase(Phase.CANCELLED);
      throw new CanceledFailure("cancelled before the provider accepted the submit");
    }
    return outcome[0];
  }

  /** Best effort, in a detached scope so it runs while the workflow is being cancelled. */
  void cancelAtProvider(SubmitReceipt receipt) {
    if (receipt == null || !receipt.cancellable() || s.providerTaskId == null) {
      return;
    }
    Workflow.newDetachedCancellationScope(() -> {
      try {
        ActivityStubs.cancel(s.provider, "cancel task " + s.providerTaskId).cancel(s.provider, s.providerTaskId);
      } catch (ActivityFailure e) {
        s.lastError = "cancel at provider failed: " + SubmitLoop.describe(e);
      }
    }).run();
  }
}
