package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.generation.AttemptEnding.Stage;
import io.seedancerunner.workflows.model.AttemptRecord;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;

/**
 * The money of one clip job's attempts: reserve before the submit, settle when the attempt
 * ends, and say how the job ended. The books equal the provider's: a task's final record is
 * captured, a failed task with no charge in it is released (README, "Failures and money").
 * Workflow code.
 */
final class AttemptBooks {

  /**
   * How long a reservation is held when the provider task may still run and the job has stopped
   * watching it, seconds: 48 h, ark's longest {@code execution_expires_after}, the longest task
   * life any of the provider documents gives; a request's own
   * {@code executionExpiresAfterSeconds} replaces it.
   */
  static final long TASK_EXPIRY_SECONDS = 48 * 3600;

  private final JobState s;
  private final JobContext job;

  AttemptBooks(JobState state, JobContext job) {
    this.s = state;
    this.job = job;
  }

  /**
   * Reserves the attempt's estimate.
   *
   * @throws ApplicationFailure {@link Failures#BUDGET_EXCEEDED} when the ledger refuses it
   */
  void reserve(GenerationRequest target) {
    s.stage = Stage.RESERVE;
    ReserveOutcome outcome = s.budget.reserve(job.jobId(), s.attempt, target);
    if (s.admission == null) {
      s.admission = outcome;
    }
    s.showBooks();
    if (!outcome.accepted()) {
      s.lastError = outcome.refusal();
      throw ApplicationFailure.newNonRetryableFailure(outcome.refusal(), Failures.BUDGET_EXCEEDED);
    }
  }

  /** Books the ended attempt as {@link AttemptEnding} says, and tells whether another may follow. */
  AttemptEnding settle(GenerationRequest target, RuntimeException e) {
    AttemptEnding ending = AttemptEnding.of(s.stage, e, s.submitAmbiguous, s.providerTaskId != null,
        job.policy().regenerateUndelivered());
    if (s.stage == Stage.RESERVE) {
      return ending;
    }
    switch (ending.books()) {
      case RELEASE -> s.budget.release(job.jobId(), s.attempt, "NOT_SUBMITTED", ending.reason());
      case CAPTURE_ENDED -> ended("FAILED", s.cost, ending.reason());
      case CAPTURE_SUCCEEDED -> s.budget.capture(job.jobId(), s.attempt, "UNDELIVERED", s.cost, ending.reason());
      case CHECK -> checkThenSettle(target, ending.reason());
    }
    s.showBooks();
    return ending;
  }

  /** A failed task is free unless its final record reports a charge. */
  private void ended(String outcome, Double charged, String reason) {
    if (charged == null || charged == 0) {
      s.budget.release(job.jobId(), s.attempt, outcome, reason + "; the provider charged nothing");
    } else {
      s.budget.capture(job.jobId(), s.attempt, outcome, charged, reason);
    }
  }

  /**
   * The attempt's task may still run: one status read decides. Ended there: capture what its
   * final record reports. Still running, unknown, or no task id (a lost submit): hold the
   * reservation until the task's expiry, never release it early. Without a ledger nothing is asked.
   */
  void checkThenSettle(GenerationRequest target, String reason) {
    if (!s.budget.enabled()) {
      s.budget.hold(job.jobId(), s.attempt, 0, reason);
      return;
    }
    TaskSnapshot snapshot = s.providerTaskId == null ? null : readOutsideCancellation();
    if (snapshot != null && snapshot.state().terminal()) {
      String why = reason + "; the provider reports the task " + snapshot.rawStatus();
      if (snapshot.state() == TaskState.SUCCEEDED) {
        s.budget.capture(job.jobId(), s.attempt, "SUCCEEDED_UNUSED", snapshot.cost(), why);
      } else {
        ended("FAILED", snapshot.cost(), why);
      }
      return;
    }
    Integer expiry = target.options() == null ? null : target.options().executionExpiresAfterSeconds();
    long until = Workflow.currentTimeMillis() + (expiry != null && expiry > 0 ? expiry : TASK_EXPIRY_SECONDS) * 1000;
    s.budget.hold(job.jobId(), s.attempt, until, reason + "; the provider task may still run");
  }

  private TaskSnapshot readOutsideCancellation() {
    TaskSnapshot[] read = new TaskSnapshot[1];
    Workflow.newDetachedCancellationScope(() -> {
      try {
        read[0] = ActivityStubs.status(s.provider, job.waitPolicy(), "read task " + s.providerTaskId + " before settling attempt "
            + s.attempt).status(s.provider, s.providerTaskId);
      } catch (ActivityFailure failure) {
        read[0] = null;
      }
    }).run();
    return read[0];
  }

  /**
   * Sets the job's terminal phase, once it is certain no attempt follows, and says why it ended. A
   * task that succeeded but whose video could not be fetched ends the job {@link Phase#UNDELIVERED}
   * with a {@link Failures#UNDELIVERED} failure naming the task and what it cost.
   *
   * @param ended where the last attempt was
   * @param e     what ended it
   * @return the failure the workflow ends with
   */
  RuntimeException end(Stage ended, RuntimeException e) {
    if (AttemptEnding.isCancel(e)) {
      s.phase(Phase.CANCELLED);
      return e;
    }
    if (Failures.DEADLINE_EXCEEDED.equals(AttemptEnding.type(e))) {
      s.phase(Phase.TIMED_OUT);
      return e;
    }
    if (ended != Stage.DOWNLOAD) {
      s.phase(Phase.FAILED);
      return e;
    }
    AttemptRecord paid = s.budget.log().get(s.budget.log().size() - 1);
    s.lastError = Failures.UNDELIVERED + ": task " + s.providerTaskId + " at " + s.provider + " succeeded"
        + (paid.charged() == null ? "" : " and cost " + paid.charged() + " " + paid.unit())
        + (paid.chargedUsd() == null ? "" : " (" + paid.chargedUsd() + " USD)")
        + ", but its video could not be fetched: " + AttemptEnding.describe(e);
    s.phase(Phase.UNDELIVERED);
    return ApplicationFailure.newNonRetryableFailureWithCause(s.lastError, Failures.UNDELIVERED, e,
        s.providerTaskId, paid.charged(), paid.chargedUsd());
  }
}
