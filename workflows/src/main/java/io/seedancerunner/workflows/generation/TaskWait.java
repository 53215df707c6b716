package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.generation.AttemptEnding.Stage;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Waits for a submitted task's end: a poll timer ({@link PollSchedule}) that a webhook signal
 * ends early, never two status reads closer than the provider allows. Workflow code.
 */
final class TaskWait {

  private final JobState s;
  private final JobContext job;
  private final TaskSubmission submission;

  TaskWait(JobState state, JobContext job, TaskSubmission submission) {
    this.s = state;
    this.job = job;
    this.submission = submission;
  }

  /**
   * @return the task's succeeded snapshot
   * @throws ApplicationFailure the task ended without a video (type of its {@link ProviderOutcome}),
   *     or {@link Failures#DEADLINE_EXCEEDED} (the task is then cancelled where the dialect can)
   */
  TaskSnapshot awaitEnd(SubmitReceipt receipt, GenerationRequest request) {
    s.stage = Stage.WAIT;
    s.phase(Phase.WAITING);
    long submittedAt = Workflow.currentTimeMillis();
    Integer known = hintOrLearned(receipt, request);
    s.expectedSeconds = PollSchedule.firstDelaySeconds(known, request, job.waitPolicy());
    // Without a hint or learned figure the static table is only an upper bound: probe early, so
    // that the time this job teaches the store is measured, not the table's guess echoed back.
    long delaySeconds = known != null ? s.expectedSeconds : PollSchedule.probeDelaySeconds(request, job.waitPolicy());
    long interval = 0;
    long lastRunningAt = -1;
    while (true) {
      waitForPollOrWebhook(delaySeconds);
      TaskSnapshot snapshot = poll();
      switch (snapshot.state()) {
        case SUCCEEDED:
          learn(request, submittedAt, lastRunningAt);
          return snapshot;
        case FAILED:
        case CANCELLED:
        case EXPIRED:
          throw taskEnded(snapshot);
        default:
          break;
      }
      lastRunningAt = s.lastPollAt;
      if (Workflow.currentTimeMillis() >= job.deadlineAt()) {
        long seconds = job.waitPolicy().deadlineSeconds();
        s.lastError = "deadline of " + seconds + " s passed; provider status " + s.rawStatus;
        submission.cancelAtProvider(receipt);
        throw ApplicationFailure.newNonRetryableFailure("job timed out after " + seconds
            + " s waiting for task " + s.providerTaskId, Failures.DEADLINE_EXCEEDED, seconds);
      }
      interval = PollSchedule.nextIntervalSeconds(interval, s.expectedSeconds, job.waitPolicy());
      delaySeconds = interval;
    }
  }

  /** The provider's (or account's) hint, else the learned median of the series, else null. */
  private Integer hintOrLearned(SubmitReceipt receipt, GenerationRequest request) {
    if (receipt.estimatedSeconds() != null && receipt.estimatedSeconds() > 0) {
      return receipt.estimatedSeconds();
    }
    try {
      Long learned = ActivityStubs.estimates("read the learned generation time of "
          + PollEstimateActivities.key(request)).learnedSeconds(PollEstimateActivities.key(request));
      return learned == null ? null : (int) Math.min(Integer.MAX_VALUE, learned);
    } catch (ActivityFailure e) {
      return null; // the store is a help, not a need: the static table stands in
    }
  }

  /** Adds this task's generation time to its series: the middle of the last "running" and the "done" read. */
  private void learn(GenerationRequest request, long submittedAt, long lastRunningAt) {
    long doneAfter = s.lastPollAt - submittedAt;
    long notDoneAfter = lastRunningAt < 0 ? doneAfter * 4 / 5 : lastRunningAt - submittedAt;
    long seconds = Math.max(1, Math.round((doneAfter + notDoneAfter) / 2000.0));
    try {
      ActivityStubs.estimates("learn: task " + s.providerTaskId + " took about " + seconds + " s")
          .finished(PollEstimateActivities.key(request), seconds);
    } catch (ActivityFailure e) {
      // a lost sample only delays learning; the clip is done
    }
  }

  private void waitForPollOrWebhook(long delaySeconds) {
    long now = Workflow.currentTimeMillis();
    s.nextPollAt = Math.min(now + delaySeconds * 1000, job.deadlineAt());
    s.show();
    Timers.await(Duration.ofMillis(Math.max(0, s.nextPollAt - now)), "wait " + Math.max(0, (s.nextPollAt - now) / 1000)
        + " s for task " + s.providerTaskId + " (a webhook ends it early)", () -> s.callbackPending);
    // Never poll closer than the provider allows, however many callbacks arrive.
    long minMillis = job.waitPolicy().minPollSeconds() * 1000;
    long sinceLastPoll = Workflow.currentTimeMillis() - s.lastPollAt;
    if (s.polls > 0 && sinceLastPoll < minMillis) {
      Timers.sleep(Duration.ofMillis(minMillis - sinceLastPoll), "keep " + job.waitPolicy().minPollSeconds()
          + " s between status reads of task " + s.providerTaskId);
    }
  }

  private TaskSnapshot poll() {
    s.polls++;
    s.lastPollAt = Workflow.currentTimeMillis();
    s.callbackPending = false;
    TaskSnapshot snapshot = ActivityStubs.status(s.provider, job.waitPolicy(),
        "poll task " + s.providerTaskId + " (" + Timers.ordinal(s.polls) + ")").status(s.provider, s.providerTaskId);
    s.observed(snapshot);
    return snapshot;
  }

  /**
   * The task ended without a video: a failure of the type of the adapter's
   * {@link TaskSnapshot#outcome()} (a snapshot without one counts as
   * {@link ProviderOutcome#TASK_FAILED_RETRYABLE}), whose message reads {@code code: message} with
   * the provider's code (its status word when the record has none).
   */
  private ApplicationFailure taskEnded(TaskSnapshot snapshot) {
    ProviderOutcome outcome = snapshot.outcome() == null ? ProviderOutcome.TASK_FAILED_RETRYABLE : snapshot.outcome();
    String code = snapshot.errorCode() != null ? snapshot.errorCode() : snapshot.rawStatus();
    s.lastError = code + ": "
        + (snapshot.errorMessage() != null ? snapshot.errorMessage() : "the provider gives no reason");
    return ApplicationFailure.newNonRetryableFailure("provider " + s.provider + " ended task " + s.providerTaskId
        + " without a video: " + s.lastError, outcome.type(), code, snapshot.errorMessage());
  }
}
