package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.generation.AttemptEnding.Stage;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.temporal.workflow.Workflow;
import io.temporal.common.SearchAttributeUpdate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything one clip job knows, in one place: its phase, its current attempt and task, its
 * books, and what it publishes from them (the {@code status} query, Temporal UI's current
 * details, the search attributes). The steps of {@link GenerationWorkflowImpl} change it through
 * its methods and never publish by hand. Workflow code.
 */
final class JobState {

  Phase phase = Phase.SUBMITTING;
  private Phase upsertedPhase;
  /** Search attributes set since the last {@link #publish}, by name; published together. */
  private final Map<String, SearchAttributeUpdate<?>> staged = new LinkedHashMap<>();
  /** Where the current attempt is, for its books ({@link AttemptEnding}). */
  Stage stage = Stage.RESERVE;
  /** The job's attempt number, also the submit's idempotency-key suffix. */
  int attempt = 1;
  /** Whether a submit of this attempt is unresolved (UNKNOWN_SUBMIT). */
  boolean submitAmbiguous;
  String provider;
  String providerTaskId;
  String rawStatus;
  String lastError;
  private Integer providerProgress;
  Long nextPollAt;
  private long submittedAt;
  long expectedSeconds;
  long lastPollAt;
  /** What the current task's final record reports as charged, in the provider's unit, or null. */
  Double cost;
  int polls;
  int callbacks;
  boolean callbackPending;
  private final Set<String> seenEvents = new HashSet<>();
  JobBudget budget = new JobBudget(null);
  ReserveOutcome admission;
  GenerationResult result;
  final UnknownSubmit unknownSubmit = new UnknownSubmit();
  final SubmitLoop submitLoop = new SubmitLoop();

  /** Starts the books of {@code tenant} (null: none) and publishes provider, model and tenant. */
  void begin(GenerationRequest request, String tenant) {
    provider = request.provider();
    budget = new JobBudget(tenant);
    toPublish(SearchAttributes.PROVIDER.valueSet(provider), SearchAttributes.MODEL.valueSet(request.model()));
    if (tenant != null) {
      toPublish(SearchAttributes.TENANT.valueSet(tenant));
    }
  }

  /**
   * Sets the phase and publishes: {@link SearchAttributes#PHASE} when it changed, with every
   * search attribute staged since the last publish, in one upsert.
   */
  void phase(Phase next) {
    phase = next;
    if (next != upsertedPhase) {
      upsertedPhase = next;
      toPublish(SearchAttributes.PHASE.valueSet(next.name()));
    }
    publish();
    show();
  }

  /**
   * Upserts every staged search attribute in one command, if any is staged. Called by
   * {@link #phase} and before waits that no phase change precedes, so a workflow task issues at
   * most one upsert (issue 14: each upsert is a history event).
   */
  void publish() {
    if (!staged.isEmpty()) {
      Workflow.upsertTypedSearchAttributes(staged.values().toArray(new SearchAttributeUpdate<?>[0]));
      staged.clear();
    }
  }

  private void toPublish(SearchAttributeUpdate<?>... updates) {
    for (SearchAttributeUpdate<?> u : updates) {
      staged.put(u.getKey().getName(), u);
    }
  }

  /**
   * Puts the status into Temporal UI's current details ({@link UiMetadata#currentDetails}); the
   * SDK serves them from the {@code __temporal_workflow_metadata} query, nothing reaches history.
   */
  void show() {
    Workflow.setCurrentDetails(UiMetadata.currentDetails(status()));
  }

  /** Stages the attempts logged and the USD booked so far (captured plus still reserved). */
  void showBooks() {
    toPublish(SearchAttributes.ATTEMPTS.valueSet((long) budget.log().size()),
        SearchAttributes.COST_USD.valueSet(budget.bookedUsd()));
  }

  /** The provider holds the task: its id is known from now on; a receipt's figure is no charge. */
  void accepted(SubmitReceipt receipt) {
    providerTaskId = receipt.providerTaskId();
    rawStatus = String.valueOf(receipt.state());
    cost = null;
    budget.task(providerTaskId);
    submittedAt = Workflow.currentTimeMillis();
    toPublish(SearchAttributes.PROVIDER_TASK_ID.valueSet(providerTaskId));
  }

  /** Notes a status read; a final record's cost is what the books capture (README, "Failures and money"). */
  void observed(TaskSnapshot snapshot) {
    rawStatus = snapshot.rawStatus();
    if (snapshot.progressPercent() != null) {
      providerProgress = snapshot.progressPercent();
    }
    if (snapshot.state().terminal()) {
      cost = snapshot.cost();
    }
    show();
  }

  /** Forgets the ended attempt's task and moves on to a new attempt number (a new idempotency key). */
  void nextAttempt(GenerationRequest target) {
    attempt++;
    provider = target.provider();
    providerTaskId = null;
    rawStatus = null;
    providerProgress = null;
    nextPollAt = null;
    cost = null;
    callbackPending = false;
    toPublish(SearchAttributes.PROVIDER.valueSet(provider), SearchAttributes.MODEL.valueSet(target.model()));
  }

  /** The job succeeded: its result, no error left, the books published. */
  GenerationResult succeeded(GenerationResult done) {
    result = done;
    lastError = null;
    showBooks();
    phase(Phase.SUCCEEDED);
    return done;
  }

  /** Takes a webhook once per event key; one for another task is noted and ignored. */
  void callback(ProviderCallback callback) {
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

  /** @return the {@code status} query's answer */
  JobStatus status() {
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
