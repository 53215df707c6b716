package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.VideoFile;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.seedancerunner.workflows.quota.ProviderSlot;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link GenerationWorkflow}: submit, wait (webhook signal or poll timer), confirm, download.
 * Deterministic: time comes from {@link Workflow#currentTimeMillis()}, waits from timers, and all
 * I/O from activities (DESIGN.md, "The path of one clip").
 */
public class GenerationWorkflowImpl implements GenerationWorkflow {

  /** Change id of the version that added search attributes and UNKNOWN_SUBMIT. */
  static final String UNKNOWN_SUBMIT_CHANGE = "unknown-submit";
  /** Change id of the version that holds a provider slot (max-queued-tasks) around the task. */
  static final String PROVIDER_SLOTS_CHANGE = "provider-slots";

  private Phase phase = Phase.SUBMITTING;
  private Phase upsertedPhase;
  private ProviderSlot slot;
  private boolean tracked;
  private int attempt = 1;
  private final UnknownSubmit unknownSubmit = new UnknownSubmit();
  private String provider;
  private String providerTaskId;
  private String rawStatus;
  private Integer providerProgress;
  private Long nextPollAt;
  private long submittedAt;
  private long expectedSeconds;
  private long lastPollAt;
  private String lastError;
  private Double cost;
  private int polls;
  private int callbacks;
  private boolean callbackPending;
  private final Set<String> seenEvents = new HashSet<>();
  private final SubmitLoop submitLoop = new SubmitLoop();
  private GenerationResult result;

  @Override
  public GenerationResult run(GenerationInput input) {
    GenerationRequest request = input.request();
    WaitPolicy policy = input.waitPolicy() == null ? WaitPolicy.defaults() : input.waitPolicy();
    provider = request.provider();
    long deadlineAt = Workflow.currentTimeMillis() + policy.deadlineSeconds() * 1000;
    CancellationScope root = CancellationScope.current();
    // Version 1 added search attributes and the UNKNOWN_SUBMIT phase; histories recorded before
    // it replay on the DEFAULT_VERSION path, which neither upserts nor reconciles.
    tracked = Workflow.getVersion(UNKNOWN_SUBMIT_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1;
    if (tracked) {
      Workflow.upsertTypedSearchAttributes(SearchAttributes.PROVIDER.valueSet(provider));
    }
    // Version 1 of this change holds a slot of the account's max-queued-tasks cap from before the
    // submit until the provider task has ended.
    if (Workflow.getVersion(PROVIDER_SLOTS_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1) {
      slot = new ProviderSlot(provider);
    }
    try {
      return runHoldingSlot(input, request, policy, deadlineAt, root);
    } finally {
      releaseSlot();
    }
  }

  private GenerationResult runHoldingSlot(GenerationInput input, GenerationRequest request, WaitPolicy policy,
      long deadlineAt, CancellationScope root) {
    if (slot != null) {
      setPhase(Phase.QUEUED);
      try {
        slot.acquire();
      } catch (CanceledFailure e) {
        setPhase(Phase.CANCELLED);
        throw e;
      }
    }
    setPhase(Phase.SUBMITTING);

    SubmitReceipt receipt = submit(input.jobId(), request, policy, root, deadlineAt);
    try {
      TaskSnapshot done = waitForSuccess(receipt, request, policy, deadlineAt);
      // The provider task has ended: its slot goes to the next job while this one downloads.
      releaseSlot();
      setPhase(Phase.DOWNLOADING);
      nextPollAt = null;
      VideoFile video = ActivityStubs.download(policy)
          .download(new DownloadRequest(input.jobId(), provider, providerTaskId, done.videoUrl()));
      result = new GenerationResult(input.jobId(), video, provider, providerTaskId,
          submitLoop.attempts(), polls, callbacks, cost, done.lastFrameUrl());
      setPhase(Phase.SUCCEEDED);
      return result;
    } catch (CanceledFailure e) {
      setPhase(Phase.CANCELLED);
      cancelAtProvider(receipt);
      throw e;
    } catch (ActivityFailure e) {
      if (e.getCause() instanceof CanceledFailure) {
        setPhase(Phase.CANCELLED);
        cancelAtProvider(receipt);
        throw e;
      }
      setPhase(Phase.FAILED);
      lastError = SubmitLoop.describe(e);
      throw e;
    }
  }

  /**
   * Submits until the provider holds a task whose id the job knows: outside the workflow's
   * cancellation, so a cancel never orphans a billed task; through {@link UnknownSubmit} when an
   * answer is lost.
   */
  private SubmitReceipt submit(String jobId, GenerationRequest request, WaitPolicy policy, CancellationScope root,
      long deadlineAt) {
    SubmitReceipt receipt = null;
    while (receipt == null) {
      long startedAt = Workflow.currentTimeMillis();
      SubmitLoop.Outcome outcome = submitOnce(jobId, request, root, deadlineAt);
      if (!outcome.isAmbiguous()) {
        receipt = outcome.receipt();
        break;
      }
      lastError = outcome.ambiguous();
      if (!tracked) {
        setPhase(Phase.FAILED);
        throw ApplicationFailure.newNonRetryableFailure(lastError, Failures.AMBIGUOUS_SUBMIT);
      }
      setPhase(Phase.UNKNOWN_SUBMIT);
      UnknownSubmit.Decision decision;
      try {
        decision = unknownSubmit.resolve(jobId, attempt, request, startedAt, deadlineAt);
      } catch (CanceledFailure e) {
        setPhase(Phase.CANCELLED);
        throw e;
      } catch (ApplicationFailure e) {
        setPhase(Phase.FAILED);
        lastError = e.getOriginalMessage();
        throw e;
      }
      lastError = unknownSubmit.detail();
      if (decision.resubmit()) {
        attempt++;
        setPhase(Phase.SUBMITTING);
        continue;
      }
      receipt = decision.adopt();
      if (receipt.estimatedSeconds() == null) {
        // The adopted task has been running since the lost submit: ask about it soon, then back off.
        receipt = new SubmitReceipt(receipt.providerTaskId(), receipt.state(),
            (int) Math.max(policy.minPollSeconds(), policy.firstBackoffSeconds()), receipt.cost(),
            receipt.cancellable());
      }
    }
    providerTaskId = receipt.providerTaskId();
    rawStatus = String.valueOf(receipt.state());
    cost = receipt.cost();
    submittedAt = Workflow.currentTimeMillis();
    if (tracked) {
      Workflow.upsertTypedSearchAttributes(SearchAttributes.PROVIDER_TASK_ID.valueSet(providerTaskId));
    }
    if (root.isCancelRequested()) {
      setPhase(Phase.CANCELLED);
      cancelAtProvider(receipt);
      throw new CanceledFailure("cancelled while submitting");
    }
    return receipt;
  }

  private SubmitLoop.Outcome submitOnce(String jobId, GenerationRequest request, CancellationScope root,
      long deadlineAt) {
    SubmitLoop.Outcome[] outcome = new SubmitLoop.Outcome[1];
    try {
      Workflow.newDetachedCancellationScope(() -> outcome[0] =
          submitLoop.run(jobId, attempt, request, deadlineAt, root::isCancelRequested)).run();
    } catch (ApplicationFailure e) {
      setPhase(Phase.FAILED);
      lastError = e.getOriginalMessage();
      throw e;
    }
    lastError = submitLoop.lastError();
    if (outcome[0] == null) {
      setPhase(Phase.CANCELLED);
      throw new CanceledFailure("cancelled before the provider accepted the submit");
    }
    return outcome[0];
  }

  private void releaseSlot() {
    if (slot != null) {
      slot.release();
    }
  }

  /** Sets the phase and, from version 1 on, the {@link SearchAttributes#PHASE} search attribute. */
  private void setPhase(Phase next) {
    boolean changed = next != upsertedPhase;
    phase = next;
    if (tracked && changed) {
      upsertedPhase = next;
      Workflow.upsertTypedSearchAttributes(SearchAttributes.PHASE.valueSet(next.name()));
    }
  }

  private TaskSnapshot waitForSuccess(SubmitReceipt receipt, GenerationRequest request,
      WaitPolicy policy, long deadlineAt) {
    setPhase(Phase.WAITING);
    ProviderActivities status = ActivityStubs.status(provider);
    long delaySeconds = PollSchedule.firstDelaySeconds(receipt.estimatedSeconds(), request, policy);
    expectedSeconds = delaySeconds;
    long interval = 0;
    while (true) {
      long now = Workflow.currentTimeMillis();
      nextPollAt = Math.min(now + delaySeconds * 1000, deadlineAt);
      Workflow.await(Duration.ofMillis(Math.max(0, nextPollAt - now)), () -> callbackPending);
      // Never poll closer than the provider allows, however many callbacks arrive.
      long sinceLastPoll = Workflow.currentTimeMillis() - lastPollAt;
      if (polls > 0 && sinceLastPoll < policy.minPollSeconds() * 1000) {
        Workflow.sleep(Duration.ofMillis(policy.minPollSeconds() * 1000 - sinceLastPoll));
      }
      callbackPending = false;
      TaskSnapshot snapshot = poll(status);
      switch (snapshot.state()) {
        case SUCCEEDED:
          return snapshot;
        case FAILED:
          setPhase(Phase.FAILED);
          lastError = snapshot.errorCode() + ": " + snapshot.errorMessage();
          throw ApplicationFailure.newNonRetryableFailure(
              "provider " + provider + " failed task " + providerTaskId + ": " + lastError,
              Failures.PROVIDER_TASK_FAILED, snapshot.errorCode(), snapshot.errorMessage());
        case CANCELLED:
        case EXPIRED:
          setPhase(Phase.FAILED);
          lastError = "provider reports task " + snapshot.rawStatus();
          throw ApplicationFailure.newNonRetryableFailure(
              "provider " + provider + " ended task " + providerTaskId + ": " + snapshot.rawStatus(),
              Failures.PROVIDER_TASK_ENDED, snapshot.rawStatus());
        default:
          break;
      }
      if (Workflow.currentTimeMillis() >= deadlineAt) {
        setPhase(Phase.TIMED_OUT);
        lastError = "deadline of " + policy.deadlineSeconds() + " s passed; provider status " + rawStatus;
        cancelAtProvider(receipt);
        throw ApplicationFailure.newNonRetryableFailure(
            "job timed out after " + policy.deadlineSeconds() + " s waiting for task " + providerTaskId,
            Failures.DEADLINE_EXCEEDED, policy.deadlineSeconds());
      }
      interval = PollSchedule.nextIntervalSeconds(interval, policy);
      delaySeconds = interval;
    }
  }

  private TaskSnapshot poll(ProviderActivities status) {
    polls++;
    lastPollAt = Workflow.currentTimeMillis();
    TaskSnapshot snapshot = status.status(provider, providerTaskId);
    rawStatus = snapshot.rawStatus();
    if (snapshot.progressPercent() != null) {
      providerProgress = snapshot.progressPercent();
    }
    if (snapshot.cost() != null) {
      cost = snapshot.cost();
    }
    return snapshot;
  }

  /** Best effort, in a detached scope so it runs while the workflow is being cancelled. */
  private void cancelAtProvider(SubmitReceipt receipt) {
    if (receipt == null || !receipt.cancellable() || providerTaskId == null) {
      return;
    }
    Workflow.newDetachedCancellationScope(() -> {
      try {
        ActivityStubs.cancel(provider).cancel(provider, providerTaskId);
      } catch (ActivityFailure e) {
        lastError = "cancel at provider failed: " + SubmitLoop.describe(e);
      }
    }).run();
  }

  @Override
  public void providerCallback(ProviderCallback callback) {
    if (callback == null || !seenEvents.add(String.valueOf(callback.eventKey()))) {
      return;
    }
    callbacks++;
    if (callback.providerTaskId() != null && providerTaskId != null
        && !callback.providerTaskId().equals(providerTaskId)) {
      lastError = "ignored a callback for task " + callback.providerTaskId();
      return;
    }
    callbackPending = true;
  }

  @Override
  public void slotGranted(String account) {
    if (slot != null) {
      slot.granted(account);
    }
  }

  @Override
  public JobStatus adoptTask(String providerTaskId) {
    unknownSubmit.adopt(providerTaskId.strip());
    Workflow.await(() -> phase != Phase.UNKNOWN_SUBMIT);
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
    unknownSubmit.resubmit();
    Workflow.await(() -> phase != Phase.UNKNOWN_SUBMIT);
    return status();
  }

  @Override
  public void validateResubmit() {
    requireUnknownSubmit("resubmit");
  }

  private void requireUnknownSubmit(String update) {
    if (phase != Phase.UNKNOWN_SUBMIT) {
      throw new IllegalStateException(update + " applies only to a job in UNKNOWN_SUBMIT; this job is " + phase);
    }
  }

  @Override
  public JobStatus status() {
    return new JobStatus(phase, provider, providerTaskId, rawStatus, progress(), nextPollAt,
        submitLoop.attempts(), polls, callbacks,
        phase == Phase.UNKNOWN_SUBMIT && unknownSubmit.detail() != null ? unknownSubmit.detail() : lastError, result);
  }

  /** The provider's figure, else elapsed time against the expected time, capped at 95 %. */
  private int progress() {
    if (phase == Phase.SUCCEEDED || phase == Phase.DOWNLOADING) {
      return 100;
    }
    if (providerProgress != null) {
      return Math.max(0, Math.min(100, providerProgress));
    }
    if (phase != Phase.WAITING || expectedSeconds <= 0) {
      return 0;
    }
    long elapsed = (Workflow.currentTimeMillis() - submittedAt) / 1000;
    return (int) Math.min(95, elapsed * 100 / expectedSeconds);
  }
}
