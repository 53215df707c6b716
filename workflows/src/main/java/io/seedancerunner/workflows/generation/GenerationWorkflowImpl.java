package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.generation.AttemptEnding.Stage;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobPolicy;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.VideoFile;
import io.seedancerunner.workflows.quota.ProviderSlot;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * {@link GenerationWorkflow}: per attempt, reserve → submit (reconciliation inside) → await the
 * task's end → download → settle; a failed attempt is booked and, where its
 * {@link ProviderOutcome} allows and the policy has attempts left, followed by another.
 * Deterministic: time comes from {@link Workflow#currentTimeMillis()}, waits from timers, and all
 * I/O from activities. {@link JobState} owns what the job knows and publishes.
 */
public class GenerationWorkflowImpl implements GenerationWorkflow {

  /** Pause before a retry, seconds per failed attempt so far (our choice). */
  static final long RETRY_PAUSE_SECONDS = 10;

  private final JobState state = new JobState();
  private ProviderSlot slot;

  @Override
  public GenerationResult run(GenerationInput input) {
    JobContext job = JobContext.of(input);
    state.begin(input.request(), job.policy().tenant());
    AttemptBooks books = new AttemptBooks(state, job);
    TaskSubmission submission = new TaskSubmission(state, job, books);
    TaskWait wait = new TaskWait(state, job, submission);
    Delivery delivery = new Delivery(state, job);
    GenerationRequest target = input.request();
    try {
      for (int n = 1; ; n++) {
        SubmitReceipt receipt = null;
        try {
          books.reserve(target);
          holdSlot(target);
          receipt = submission.submit(target);
          TaskSnapshot done = wait.awaitEnd(receipt, target);
          releaseSlot();
          VideoFile video = delivery.download(done);
          return settle(job, video, done);
        } catch (RuntimeException e) {
          target = afterFailure(job, books, submission, target, receipt, e, n);
        }
      }
    } finally {
      releaseSlot();
      state.publish();
    }
  }

  /** Holds a slot of the account's max-queued-tasks cap from before the submit until the task ends. */
  private void holdSlot(GenerationRequest request) {
    state.stage = Stage.QUEUE;
    slot = new ProviderSlot(request.provider());
    state.phase(Phase.QUEUED);
    slot.acquire();
  }

  /** Captures what the task's final record reports and completes the job. */
  private GenerationResult settle(JobContext job, VideoFile video, TaskSnapshot done) {
    state.budget.capture(job.jobId(), state.attempt, "SUCCEEDED", state.cost,
        "task " + state.providerTaskId + " succeeded");
    return state.succeeded(new GenerationResult(job.jobId(), video, state.provider, state.providerTaskId,
        state.submitLoop.attempts(), state.polls, state.callbacks, state.cost, done.lastFrameUrl(),
        state.budget.chargedUsd()));
  }

  /**
   * Books the failed attempt and decides: another attempt follows (its request is returned, after
   * a pause) or the job ends (its failure is thrown). A cancel after the submit also cancels the
   * task at the provider.
   */
  private GenerationRequest afterFailure(JobContext job, AttemptBooks books, TaskSubmission submission,
      GenerationRequest target, SubmitReceipt receipt, RuntimeException e, int n) {
    if (receipt != null && AttemptEnding.isCancel(e)) {
      state.phase(Phase.CANCELLED);
      submission.cancelAtProvider(receipt);
    } else if (e instanceof ActivityFailure failure) {
      state.lastError = SubmitLoop.describe(failure);
    }
    Stage ended = state.stage;
    AttemptEnding ending = books.settle(target, e);
    boolean again = ending.retryable() && n < job.policy().maxAttempts() && !job.cancelRequested()
        && Workflow.currentTimeMillis() + RETRY_PAUSE_SECONDS * n * 1000 < job.deadlineAt();
    if (!again) {
      throw books.end(ended, e);
    }
    return nextAttempt(job, target, ending, n);
  }

  /** Pauses, moves to the next fallback if the policy has one, and starts a new attempt number. */
  private GenerationRequest nextAttempt(JobContext job, GenerationRequest target, AttemptEnding ending, int n) {
    state.phase(Phase.SUBMITTING);
    GenerationRequest next = n <= job.policy().fallbacks().size()
        ? fallback(target, job.policy().fallbacks().get(n - 1)) : target;
    state.lastError = "attempt " + state.attempt + " failed (" + ending.reason() + "); attempt "
        + (state.attempt + 1) + " on " + next.provider() + "/" + next.model() + " follows";
    // The failed task has provably ended: its slot goes back now (a fallback may use another account).
    releaseSlot();
    Timers.sleep(Duration.ofSeconds(RETRY_PAUSE_SECONDS * n), "pause " + RETRY_PAUSE_SECONDS * n
        + " s before attempt " + (state.attempt + 1) + " on " + next.provider());
    state.nextAttempt(next);
    return next;
  }

  private static GenerationRequest fallback(GenerationRequest request, JobPolicy.Fallback step) {
    GenerationRequest moved = step.provider() == null ? request : request.withProvider(step.provider());
    return step.model() == null ? moved : moved.withModel(step.model());
  }

  private void releaseSlot() {
    if (slot != null) {
      slot.release();
    }
  }

  @Override
  public void providerCallback(ProviderCallback callback) {
    state.callback(callback);
  }

  @Override
  public void slotGranted(String account) {
    if (slot != null) {
      slot.granted(account);
    }
  }

  @Override
  public JobStatus adoptTask(String providerTaskId) {
    state.unknownSubmit.adopt(providerTaskId.strip());
    Workflow.await(() -> state.phase != Phase.UNKNOWN_SUBMIT);
    return status();
  }

  @Override
  public void validateAdoptTask(String providerTaskId) {
    requireUnknownSubmit("adoptTask");
    if (providerTaskId == null || providerTaskId.isBlank() || providerTaskId.strip().length() > 200) {
      throw new IllegalArgumentException("providerTaskId must be 1..200 characters");
    }
  }

  @Override
  public JobStatus resubmit() {
    state.unknownSubmit.resubmit();
    Workflow.await(() -> state.phase != Phase.UNKNOWN_SUBMIT);
    return status();
  }

  @Override
  public void validateResubmit() {
    requireUnknownSubmit("resubmit");
  }

  private void requireUnknownSubmit(String update) {
    if (state.phase != Phase.UNKNOWN_SUBMIT) {
      throw new IllegalStateException(update + " applies only to a job in UNKNOWN_SUBMIT; this job is "
          + state.phase);
    }
  }

  @Override
  public ReserveOutcome admission() {
    Workflow.await(() -> state.admission != null);
    return state.admission;
  }

  @Override
  public JobStatus status() {
    return state.status();
  }
}
