package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Resolves a job's {@code UNKNOWN_SUBMIT} phase: a submit left and no answer came. Workflow code.
 *
 * <ol>
 *   <li>The {@code reconcile} activity asks the provider where the dialect allows (seedance2ai:
 *       the same Idempotency-Key again; ark: the task list filtered by model and the time window,
 *       matched on the prompt). A found task is adopted.</li>
 *   <li>A list that shows no match is asked again after 30 s, 60 s, 120 s and 240 s, in case the
 *       task appears late; a dialect without either mechanism is not asked again.</li>
 *   <li>Meanwhile, and after, an operator's Update decides: {@code adoptTask(taskId)} or
 *       {@code resubmit()}. Nothing is ever submitted again without one of them.</li>
 *   <li>With no decision by the job's deadline the job fails with
 *       {@link Failures#AMBIGUOUS_SUBMIT}: the provider may still hold a task.</li>
 * </ol>
 */
final class UnknownSubmit {

  /** Reconciliation calls per unknown submit, the first one included. */
  static final int CHECKS = 5;
  /** Slack on each side of the creation-time window, for clocks that disagree, in milliseconds. */
  static final long CLOCK_SLACK_MILLIS = 60_000;

  /** What ends the phase: a task to adopt, or a new attempt. */
  record Decision(SubmitReceipt adopt, boolean resubmit) {}

  private String adoptId;
  private boolean resubmit;
  private String detail;

  /** Operator: adopt this task id. */
  void adopt(String providerTaskId) {
    adoptId = providerTaskId;
  }

  /** Operator: submit again as a new attempt. */
  void resubmit() {
    resubmit = true;
  }

  /** @return what the last reconciliation said, for the status query; or {@code null} */
  String detail() {
    return detail;
  }

  /**
   * Blocks (durably) until the phase is resolved.
   *
   * @param jobId         job id
   * @param attempt       the attempt whose submit was lost
   * @param request       what was submitted
   * @param submittedAt   when that attempt's first submit started, epoch milliseconds
   * @param deadlineAt    the job's deadline, epoch milliseconds
   * @return the decision
   * @throws ApplicationFailure non-retryable {@link Failures#AMBIGUOUS_SUBMIT} at the deadline
   * @throws io.temporal.failure.CanceledFailure when the workflow is cancelled meanwhile
   */
  Decision resolve(String jobId, int attempt, GenerationRequest request, long submittedAt, long deadlineAt) {
    adoptId = null;
    resubmit = false;
    int checks = 0;
    long nextCheckAt = Workflow.currentTimeMillis();
    while (true) {
      long now = Workflow.currentTimeMillis();
      if (!decided() && checks < CHECKS && now >= nextCheckAt) {
        checks++;
        Reconciliation r = ask(ActivityStubs.reconcile(request.provider(), "look for the task the lost submit of attempt "
            + attempt + " may have made (" + Timers.ordinal(checks) + " check)"), jobId, attempt, request, submittedAt, now);
        if (r != null && r.outcome() == Reconciliation.Outcome.FOUND && r.receipt() != null) {
          detail = "reconciled: " + r.detail();
          return new Decision(r.receipt(), false);
        }
        if (r != null && r.outcome() == Reconciliation.Outcome.UNSUPPORTED) {
          checks = CHECKS;
        }
        nextCheckAt = now + 30_000L * (1L << (checks - 1));
      }
      if (decided()) {
        return decision();
      }
      now = Workflow.currentTimeMillis();
      if (now >= deadlineAt) {
        throw ApplicationFailure.newNonRetryableFailure("no task was found and no operator decided before the "
            + "deadline; the provider may still hold a task for this job: " + detail, Failures.AMBIGUOUS_SUBMIT);
      }
      long until = checks < CHECKS ? Math.min(nextCheckAt, deadlineAt) : deadlineAt;
      Timers.await(Duration.ofMillis(Math.max(1, until - now)), checks < CHECKS
          ? "check again for the lost submit's task in " + Math.max(1, until - now) / 1000 + " s (an operator's decision ends it early)"
          : "wait for an operator to adopt or resubmit (UNKNOWN_SUBMIT) until the deadline", this::decided);
    }
  }

  private Reconciliation ask(ProviderActivities provider, String jobId, int attempt, GenerationRequest request,
      long submittedAt, long now) {
    try {
      Reconciliation r = provider.reconcile(jobId, attempt, request,
          submittedAt - CLOCK_SLACK_MILLIS, now + CLOCK_SLACK_MILLIS);
      if (r == null || r.outcome() == null) {
        detail = "reconciliation gave no answer";
        return null;
      }
      detail = r.outcome() + ": " + r.detail();
      return r;
    } catch (ActivityFailure e) {
      detail = "reconciliation failed: " + SubmitLoop.describe(e);
      return null;
    }
  }

  private boolean decided() {
    return adoptId != null || resubmit;
  }

  private Decision decision() {
    if (adoptId != null) {
      detail = "operator adopted task " + adoptId;
      // Cancellable: the cancel activity finds out; on a dialect without cancel it is a no-op.
      return new Decision(new SubmitReceipt(adoptId, TaskState.UNKNOWN, null, null, true), false);
    }
    detail = "operator asked for a new submit";
    return new Decision(null, true);
  }
}
