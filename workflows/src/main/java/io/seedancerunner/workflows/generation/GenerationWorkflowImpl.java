package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.generation.AttemptEnding.Stage;
import io.seedancerunner.workflows.model.AttemptRecord;
import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobPolicy;
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

  /**
   * How long a reservation is held when the provider task may still run and the job has stopped
   * watching it, seconds: 48 h, ark's longest {@code execution_expires_after} (seeds/README.md), the
   * longest task life any of the documents gives; a request's own
   * {@code executionExpiresAfterSeconds} replaces it.
   */
  static final long TASK_EXPIRY_SECONDS = 48 * 3600;
  /** Pause before a retry, seconds per failed attempt so far (our choice). */
  static final long RETRY_PAUSE_SECONDS = 10;

  private Phase phase = Phase.SUBMITTING;
  private Phase upsertedPhase;
  private ProviderSlot slot;
  private JobBudget budget = new JobBudget(null);
  private ReserveOutcome admission;
  private Stage stage = Stage.RESERVE;
  private boolean submitAmbiguous;
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
    JobPolicy jobPolicy = input.policy() == null ? JobPolicy.single() : input.policy();
    provider = request.provider();
    long deadlineAt = Workflow.currentTimeMillis() + policy.deadlineSeconds() * 1000;
    CancellationScope root = CancellationScope.current();
    budget = new JobBudget(jobPolicy.tenant());
    Workflow.upsertTypedSearchAttributes(SearchAttributes.PROVIDER.valueSet(provider),
        SearchAttributes.MODEL.valueSet(request.model()));
    if (jobPolicy.tenant() != null) {
      Workflow.upsertTypedSearchAttributes(SearchAttributes.TENANT.valueSet(jobPolicy.tenant()));
    }
    try {
      return attempts(input, jobPolicy, policy, deadlineAt, root);
    } finally {
      releaseSlot();
    }
  }

  /**
   * Runs attempts until one succeeds, one fails for a reason no retry fixes, the attempt whose
   * failure ended it may still run at the provider, or the job's attempts are used up. Each
   * attempt reserves its own estimate first; a refused reservation fails the job before any
   * provider call ({@link Failures#BUDGET_EXCEEDED}).
   */
  private GenerationResult attempts(GenerationInput input, JobPolicy jobPolicy, WaitPolicy policy, long deadlineAt,
      CancellationScope root) {
    GenerationRequest target = input.request();
    int fallbacks = 0;
    for (int n = 1; ; n++) {
      reserve(input.jobId(), target);
      try {
        return runAttempt(input, target, policy, deadlineAt, root);
      } catch (RuntimeException e) {
        Stage ended = stage;
        AttemptEnding ending = settle(input.jobId(), target, e, jobPolicy.regenerateUndelivered());
        boolean again = ending.retryable() && n < jobPolicy.maxAttempts() && !root.isCancelRequested()
            && Workflow.currentTimeMillis() + RETRY_PAUSE_SECONDS * n * 1000 < deadlineAt;
        if (!again) {
          throw end(ended, e);
        }
        setPhase(Phase.SUBMITTING);
        if (fallbacks < jobPolicy.fallbacks().size()) {
          target = fallback(target, jobPolicy.fallbacks().get(fallbacks++));
        }
        lastError = "attempt " + attempt + " failed (" + ending.reason() + "); attempt " + (attempt + 1)
            + " on " + target.provider() + "/" + target.model() + " follows";
        // The failed task has provably ended: its slot of the account's max-queued-tasks cap goes
        // back now, not when the job ends (a fallback may move to another account).
        releaseSlot();
        Timers.sleep(Duration.ofSeconds(RETRY_PAUSE_SECONDS * n), "pause " + RETRY_PAUSE_SECONDS * n
            + " s before attempt " + (attempt + 1) + " on " + target.provider());
        nextAttempt(target);
      }
    }
  }

  /**
   * Sets the job's terminal phase, once it is certain no attempt follows, and says why it ended. A
   * task that succeeded but whose video could not be fetched ends the job {@link Phase#UNDELIVERED}
   * with a {@link Failures#UNDELIVERED} failure naming the task and what it cost.
   */
  private RuntimeException end(Stage ended, RuntimeException e) {
    if (AttemptEnding.isCancel(e)) {
      setPhase(Phase.CANCELLED);
      return e;
    }
    if (Failures.DEADLINE_EXCEEDED.equals(AttemptEnding.type(e))) {
      setPhase(Phase.TIMED_OUT);
      return e;
    }
    if (ended != Stage.DOWNLOAD) {
      setPhase(Phase.FAILED);
      return e;
    }
    AttemptRecord paid = budget.log().get(budget.log().size() - 1);
    lastError = Failures.UNDELIVERED + ": task " + providerTaskId + " at " + provider + " succeeded"
        + (paid.charged() == null ? "" : " and cost " + paid.charged() + " " + paid.unit())
        + (paid.chargedUsd() == null ? "" : " (" + paid.chargedUsd() + " USD)")
        + ", but its video could not be fetched: " + AttemptEnding.describe(e);
    setPhase(Phase.UNDELIVERED);
    return ApplicationFailure.newNonRetryableFailureWithCause(lastError, Failures.UNDELIVERED, e, providerTaskId,
        paid.charged(), paid.chargedUsd());
  }

  private static GenerationRequest fallback(GenerationRequest request, JobPolicy.Fallback step) {
    GenerationRequest moved = step.provider() == null ? request : request.withProvider(step.provider());
    return step.model() == null ? moved : moved.withModel(step.model());
  }

  /** Forgets the ended attempt's task and moves on to a new attempt number (a new idempotency key). */
  private void nextAttempt(GenerationRequest target) {
    attempt++;
    provider = target.provider();
    providerTaskId = null;
    rawStatus = null;
    providerProgress = null;
    nextPollAt = null;
    cost = null;
    callbackPending = false;
    Workflow.upsertTypedSearchAttributes(SearchAttributes.PROVIDER.valueSet(provider),
        SearchAttributes.MODEL.valueSet(target.model()));
  }

  private void reserve(String jobId, GenerationRequest target) {
    stage = Stage.RESERVE;
    ReserveOutcome outcome = budget.reserve(jobId, attempt, target);
    if (admission == null) {
      admission = outcome;
    }
    Workflow.upsertTypedSearchAttributes(SearchAttributes.ATTEMPTS.valueSet((long) budget.log().size()),
        SearchAttributes.COST_USD.valueSet(costSoFarUsd()));
    if (!outcome.accepted()) {
      lastError = outcome.refusal();
      throw ApplicationFailure.newNonRetryableFailure(outcome.refusal(), Failures.BUDGET_EXCEEDED);
    }
  }

  /** Captured so far, plus the estimates still reserved or held; USD. */
  private double costSoFarUsd() {
    return budget.bookedUsd();
  }

  /** Books the ended attempt as {@link AttemptEnding} says, and tells whether another may follow. */
  private AttemptEnding settle(String jobId, GenerationRequest target, RuntimeException e,
      boolean regenerateUndelivered) {
    AttemptEnding ending = AttemptEnding.of(stage, e, submitAmbiguous, providerTaskId != null,
        regenerateUndelivered);
    if (stage == Stage.RESERVE) {
      return ending;
    }
    switch (ending.books()) {
      case RELEASE -> budget.release(jobId, attempt, "NOT_SUBMITTED", ending.reason());
      case CAPTURE_ENDED -> {
        // A failed task is free unless its final record reports a charge (README, "Failures and money").
        if (cost == null || cost == 0) {
          // The provider charged nothing for the failed task (not billed, or refunded): a refund.
          budget.release(jobId, attempt, "FAILED", ending.reason() + "; the provider charged nothing");
        } else {
          budget.capture(jobId, attempt, "FAILED", cost, ending.reason());
        }
      }
      case CAPTURE_SUCCEEDED -> budget.capture(jobId, attempt, "UNDELIVERED", cost, ending.reason());
      case CHECK -> checkThenSettle(jobId, target, ending.reason());
    }
    Workflow.upsertTypedSearchAttributes(SearchAttributes.COST_USD.valueSet(costSoFarUsd()));
    return ending;
  }

  /**
   * The attempt's task may still run: one status read decides. Ended there: capture what it
   * reports. Still running, unknown, or no task id (a lost submit): hold the reservation until the
   * task's expiry, never release it early (issue 4). Without a ledger nothing is asked.
   */
  private void checkThenSettle(String jobId, GenerationRequest target, String reason) {
    if (!budget.enabled()) {
      budget.hold(jobId, attempt, 0, reason);
      return;
    }
    TaskSnapshot snapshot = null;
    if (providerTaskId != null) {
      TaskSnapshot[] read = new TaskSnapshot[1];
      Workflow.newDetachedCancellationScope(() -> {
        try {
          read[0] = ActivityStubs.status(provider, "read task " + providerTaskId + " before settling attempt "
              + attempt).status(provider, providerTaskId);
        } catch (ActivityFailure failure) {
          read[0] = null;
        }
      }).run();
      snapshot = read[0];
    }
    if (snapshot != null && snapshot.state().terminal()) {
      boolean succeeded = snapshot.state() == TaskState.SUCCEEDED;
      String why = reason + "; the provider reports the task " + snapshot.rawStatus();
      if (!succeeded && (snapshot.cost() == null || snapshot.cost() == 0)) {
        budget.release(jobId, attempt, "FAILED", why + "; it charged nothing");
      } else {
        budget.capture(jobId, attempt, succeeded ? "SUCCEEDED_UNUSED" : "FAILED", snapshot.cost(), why);
      }
      return;
    }
    Integer expiry = target.options() == null ? null : target.options().executionExpiresAfterSeconds();
    long until = Workflow.currentTimeMillis() + (expiry != null && expiry > 0 ? expiry : TASK_EXPIRY_SECONDS) * 1000;
    budget.hold(jobId, attempt, until, reason + "; the provider task may still run");
  }

  private GenerationResult runAttempt(GenerationInput input, GenerationRequest request, WaitPolicy policy,
      long deadlineAt, CancellationScope root) {
    stage = Stage.QUEUE;
    slot = new ProviderSlot(request.provider());
    setPhase(Phase.QUEUED);
    try {
      slot.acquire();
    } catch (CanceledFailure e) {
      setPhase(Phase.CANCELLED);
      throw e;
    }
    setPhase(Phase.SUBMITTING);
    stage = Stage.SUBMIT;
    SubmitReceipt receipt = submit(input.jobId(), request, policy, root, deadlineAt);
    try {
      stage = Stage.WAIT;
      TaskSnapshot done = waitForSuccess(receipt, request, policy, deadlineAt);
      // The provider task has ended: its slot goes to the next job while this one downloads.
      releaseSlot();
      stage = Stage.DOWNLOAD;
      setPhase(Phase.DOWNLOADING);
      nextPollAt = null;
      VideoFile video = download(input.jobId(), done, policy);
      budget.capture(input.jobId(), attempt, "SUCCEEDED", cost, "task " + providerTaskId + " succeeded");
      result = new GenerationResult(input.jobId(), video, provider, providerTaskId,
          submitLoop.attempts(), polls, callbacks, cost, done.lastFrameUrl(), budget.chargedUsd());
      lastError = null;
      Workflow.upsertTypedSearchAttributes(SearchAttributes.COST_USD.valueSet(costSoFarUsd()));
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
      lastError = SubmitLoop.describe(e);
      throw e;
    }
  }

  /**
   * Downloads the clip. A link the provider refuses ({@link ProviderOutcome#LINK_REFUSED}) is
   * replaced once by a fresh link of the same task ({@link ProviderActivities#freshLink}: the status
   * read again, or openai-videos' content endpoint) and downloaded again; a new paid task is never
   * made here.
   */
  private VideoFile download(String jobId, TaskSnapshot done, WaitPolicy policy) {
    try {
      return ActivityStubs.download(policy, "download the MP4 of task " + providerTaskId)
          .download(new DownloadRequest(jobId, provider, providerTaskId, done.videoUrl()));
    } catch (ActivityFailure e) {
      if (ProviderOutcome.of(e) != ProviderOutcome.LINK_REFUSED) {
        throw e;
      }
      lastError = SubmitLoop.describe(e) + "; asking the provider for a fresh link";
      String fresh = ActivityStubs.status(provider, "ask for a fresh link of task " + providerTaskId)
          .freshLink(provider, providerTaskId);
      if (fresh == null) {
        throw e;
      }
      return ActivityStubs.download(policy, "download the MP4 of task " + providerTaskId + " from a fresh link")
          .download(new DownloadRequest(jobId, provider, providerTaskId, fresh));
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
      setPhase(Phase.UNKNOWN_SUBMIT);
      submitAmbiguous = true;
      UnknownSubmit.Decision decision;
      try {
        decision = unknownSubmit.resolve(jobId, attempt, request, startedAt, deadlineAt);
      } catch (CanceledFailure e) {
        setPhase(Phase.CANCELLED);
        throw e;
      } catch (ApplicationFailure e) {
        lastError = e.getOriginalMessage();
        throw e;
      }
      lastError = unknownSubmit.detail();
      if (decision.resubmit()) {
        submitAmbiguous = false;
        // The operator chose to submit again; the lost submit may still have made a task, so its
        // reservation is held, never released early.
        checkThenSettle(jobId, request, "operator chose resubmit after an ambiguous submit");
        attempt++;
        reserve(jobId, request);
        stage = Stage.SUBMIT;
        setPhase(Phase.SUBMITTING);
        continue;
      }
      submitAmbiguous = false;
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
    // A receipt's figure is an estimate (a pre-charge): only the task's final record is captured.
    cost = null;
    budget.task(providerTaskId);
    submittedAt = Workflow.currentTimeMillis();
    Workflow.upsertTypedSearchAttributes(SearchAttributes.PROVIDER_TASK_ID.valueSet(providerTaskId));
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
    if (changed) {
      upsertedPhase = next;
      Workflow.upsertTypedSearchAttributes(SearchAttributes.PHASE.valueSet(next.name()));
    }
    showDetails();
  }

  /**
   * Puts the status into Temporal UI's current details ({@link UiMetadata#currentDetails}). The
   * SDK serves them from the {@code __temporal_workflow_metadata} query; nothing reaches history.
   */
  private void showDetails() {
    Workflow.setCurrentDetails(UiMetadata.currentDetails(status()));
  }

  private TaskSnapshot waitForSuccess(SubmitReceipt receipt, GenerationRequest request,
      WaitPolicy policy, long deadlineAt) {
    setPhase(Phase.WAITING);
    long delaySeconds = PollSchedule.firstDelaySeconds(receipt.estimatedSeconds(), request, policy);
    expectedSeconds = delaySeconds;
    long interval = 0;
    while (true) {
      long now = Workflow.currentTimeMillis();
      nextPollAt = Math.min(now + delaySeconds * 1000, deadlineAt);
      showDetails();
      Timers.await(Duration.ofMillis(Math.max(0, nextPollAt - now)), "wait " + Math.max(0, (nextPollAt - now) / 1000)
          + " s for task " + providerTaskId + " (a webhook ends it early)", () -> callbackPending);
      // Never poll closer than the provider allows, however many callbacks arrive.
      long sinceLastPoll = Workflow.currentTimeMillis() - lastPollAt;
      if (polls > 0 && sinceLastPoll < policy.minPollSeconds() * 1000) {
        Timers.sleep(Duration.ofMillis(policy.minPollSeconds() * 1000 - sinceLastPoll),
            "keep " + policy.minPollSeconds() + " s between status reads of task " + providerTaskId);
      }
      callbackPending = false;
      TaskSnapshot snapshot = poll(ActivityStubs.status(provider,
          "poll task " + providerTaskId + " (" + Timers.ordinal(polls + 1) + ")"));
      switch (snapshot.state()) {
        case SUCCEEDED:
          return snapshot;
        case FAILED:
        case CANCELLED:
        case EXPIRED:
          throw taskEnded(snapshot);
        default:
          break;
      }
      if (Workflow.currentTimeMillis() >= deadlineAt) {
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

  /**
   * The task ended without a video: a failure of the type of the adapter's
   * {@link TaskSnapshot#outcome()} (a snapshot without one counts as
   * {@link ProviderOutcome#TASK_FAILED_RETRYABLE}), whose message reads {@code code: message} with
   * the provider's code (its status word when the record has none).
   */
  private ApplicationFailure taskEnded(TaskSnapshot snapshot) {
    ProviderOutcome outcome = snapshot.outcome() == null ? ProviderOutcome.TASK_FAILED_RETRYABLE : snapshot.outcome();
    String code = snapshot.errorCode() != null ? snapshot.errorCode() : snapshot.rawStatus();
    lastError = code + ": " + (snapshot.errorMessage() != null ? snapshot.errorMessage() : "the provider gives no reason");
    return ApplicationFailure.newNonRetryableFailure("provider " + provider + " ended task " + providerTaskId
        + " without a video: " + lastError, outcome.type(), code, snapshot.errorMessage());
  }

  private TaskSnapshot poll(ProviderActivities status) {
    polls++;
    lastPollAt = Workflow.currentTimeMillis();
    TaskSnapshot snapshot = status.status(provider, providerTaskId);
    rawStatus = snapshot.rawStatus();
    if (snapshot.progressPercent() != null) {
      providerProgress = snapshot.progressPercent();
    }
    if (snapshot.state().terminal()) {
      // The final record's figure, or none: what is captured (README, "Failures and money").
      cost = snapshot.cost();
    }
    showDetails();
    return snapshot;
  }

  /** Best effort, in a detached scope so it runs while the workflow is being cancelled. */
  private void cancelAtProvider(SubmitReceipt receipt) {
    if (receipt == null || !receipt.cancellable() || providerTaskId == null) {
      return;
    }
    Workflow.newDetachedCancellationScope(() -> {
      try {
        ActivityStubs.cancel(provider, "cancel task " + providerTaskId).cancel(provider, providerTaskId);
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
  public ReserveOutcome admission() {
    Workflow.await(() -> admission != null);
    return admission;
  }

  @Override
  public JobStatus status() {
    return new JobStatus(phase, provider, providerTaskId, rawStatus, progress(), nextPollAt,
        submitLoop.attempts(), polls, callbacks,
        phase == Phase.UNKNOWN_SUBMIT && unknownSubmit.detail() != null ? unknownSubmit.detail() : lastError, result,
        budget.tenant(), budget.log(), budget.estimateUsd(), budget.chargedUsd());
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
