package io.seedancerunner.workflows.budget;

import static io.seedancerunner.workflows.budget.BudgetHarness.A;
import static io.seedancerunner.workflows.budget.BudgetHarness.B;
import static io.seedancerunner.workflows.budget.BudgetHarness.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.AttemptRecord;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobPolicy;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's workflow scenarios with time skipping: what the tenant's books say after each. An
 * 8 s clip is estimated at 80 credits = 0.80 USD.
 */
class BudgetWorkflowTest {

  private static final String T = "studio";
  private BudgetHarness h;

  private BudgetHarness harness(double budgetUsd) {
    h = new BudgetHarness(Map.of(T, budgetUsd));
    return h;
  }

  @AfterEach
  void close() {
    if (h != null) {
      h.close();
    }
  }

  private static GenerationResult result(GenerationWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(GenerationResult.class);
  }

  private static ApplicationFailure failure(GenerationWorkflow wf) {
    WorkflowFailedException e = assertThrows(WorkflowFailedException.class, () -> result(wf));
    return (ApplicationFailure) e.getCause();
  }

  private static void assertBalanced(BudgetView b) {
    assertEquals(b.budgetUsd(), b.balanceUsd() + b.reservedUsd() + b.capturedUsd(), 1e-9, "books: " + b);
  }

  @Test
  void successCapturesWhatTheProviderReportsAndReleasesTheRest() {
    harness(10);
    GenerationWorkflow wf = h.start("job-ok", T, request(A, "seedance-2.0", "a lake [cheap]"), 3, List.of());
    result(wf);
    BudgetView b = h.books(T);
    assertEquals(0.64, b.capturedUsd(), 1e-9, "80 % of the 0.80 USD estimate");
    assertEquals(0, b.reservedUsd(), 1e-9);
    assertEquals(10 - 0.64, b.balanceUsd(), 1e-9);
    assertEquals(64.0, b.capturedByProvider().get(A), 1e-9);
    assertBalanced(b);
    JobStatus s = wf.status();
    assertEquals(List.of("CAPTURED"), s.attemptLog().stream().map(AttemptRecord::ledger).toList());
    assertEquals(0.64, s.chargedUsd(), 1e-9);
  }

  @Test
  void providerFailureIsRefundedAndModerationIsNotRetried() {
    harness(10);
    GenerationWorkflow wf = h.start("job-mod", T, request(A, "seedance-2.0", "a lake [moderation]"), 3, List.of());
    assertEquals(Failures.PROVIDER_MODERATED, failure(wf).getType());
    BudgetView b = h.books(T);
    assertEquals(0, b.capturedUsd(), 1e-9);
    assertEquals(10, b.balanceUsd(), 1e-9, "the whole estimate came back");
    assertEquals(1, h.provider.submits.get(), "moderation is never retried");
    assertEquals(List.of("RELEASED"), wf.status().attemptLog().stream().map(AttemptRecord::ledger).toList());
    assertEquals(0, h.provider.totalCharged(), 1e-9);
  }

  @Test
  void retryAfterATransientTaskFailureGivesOneRefundAndOneCapture() {
    harness(10);
    GenerationWorkflow wf = h.start("job-flaky", T, request(A, "seedance-2.0", "a lake [flaky:1]"), 3, List.of());
    result(wf);
    List<AttemptRecord> log = wf.status().attemptLog();
    assertEquals(List.of("RELEASED", "CAPTURED"), log.stream().map(AttemptRecord::ledger).toList());
    assertTrue(log.get(0).reason().contains("generation_failed"), log.get(0).reason());
    BudgetView b = h.books(T);
    assertEquals(0.80, b.capturedUsd(), 1e-9);
    assertEquals(h.provider.totalCharged() * TestBudgetActivities.USD_PER_CREDIT, b.capturedUsd(), 1e-9);
    assertEquals(2, h.provider.submits.get());
    assertBalanced(b);
  }

  @Test
  void fallbackChainMovesToTheNextModelOnlyAfterAProvablyEndedAttempt() {
    harness(10);
    h.provider.down.addAll(List.of("seedance-2.0", "seedance-2.0-fast"));
    GenerationWorkflow wf = h.start("job-chain", T, request(A, "seedance-2.0", "a lake"), 3, List.of(
        new JobPolicy.Fallback(null, "seedance-2.0-fast"), new JobPolicy.Fallback(B, "seedance-1.5-pro")));
    GenerationResult r = result(wf);
    assertEquals(B, r.provider());
    List<AttemptRecord> log = wf.status().attemptLog();
    assertEquals(List.of("seedance-2.0", "seedance-2.0-fast", "seedance-1.5-pro"),
        log.stream().map(AttemptRecord::model).toList());
    assertEquals(List.of(A, A, B), log.stream().map(AttemptRecord::provider).toList());
    assertEquals(List.of("RELEASED", "RELEASED", "CAPTURED"), log.stream().map(AttemptRecord::ledger).toList());
    assertBalanced(h.books(T));
  }

  @Test
  void budgetExhaustedInAStormRefusesTheRestBeforeAnyProviderCall() {
    harness(4.0);
    List<GenerationWorkflow> jobs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      jobs.add(h.start("storm-" + i, T, request(A, "seedance-2.0", "a lake"), 1, List.of()));
    }
    int refused = 0;
    for (GenerationWorkflow wf : jobs) {
      try {
        result(wf);
      } catch (WorkflowFailedException e) {
        refused++;
        assertEquals(Failures.BUDGET_EXCEEDED, ((ApplicationFailure) e.getCause()).getType());
        AttemptRecord only = wf.status().attemptLog().get(0);
        assertEquals("REFUSED", only.outcome());
        assertTrue(only.reason().contains("exceeds the balance"), only.reason());
        assertEquals(1, wf.status().attemptLog().size());
      }
    }
    assertEquals(5, refused, "4.00 USD pays for five 0.80 USD clips");
    assertEquals(5, h.provider.submits.get(), "a refused job never reaches the provider");
    BudgetView b = h.books(T);
    assertEquals(4.0, b.capturedUsd(), 1e-9);
    assertEquals(0, b.balanceUsd(), 1e-9);
    assertBalanced(b);
  }

  @Test
  void ambiguousSubmitIsHeldUntilTheTaskExpiryNeverReleasedEarly() {
    harness(10);
    GenerationWorkflow wf = h.start("job-lost", T, request(A, "seedance-2.0", "a lake [ambiguous]"), 3, List.of());
    // Time moves only by env.sleep here: waiting on the result would let the test server skip on
    // to the ledger's 48 h timer. The job gives up at its 2 h deadline and holds until 2 h + 48 h.
    h.env.sleep(Duration.ofHours(3));
    assertEquals(Phase.FAILED, wf.status().phase());
    assertEquals(1, wf.status().attemptLog().size(), "an attempt that may run is never retried");
    BudgetView held = h.books(T);
    assertEquals(0.80, held.reservedUsd(), 1e-9);
    assertEquals(0.80, held.heldUsd(), 1e-9);
    assertEquals(List.of("HELD"), wf.status().attemptLog().stream().map(AttemptRecord::ledger).toList());
    h.env.sleep(Duration.ofHours(44));
    assertEquals(0.80, h.books(T).reservedUsd(), 1e-9, "still held 47 h after the start");
    h.env.sleep(Duration.ofHours(4));
    BudgetView released = h.books(T);
    assertEquals(0, released.reservedUsd(), 1e-9, "released once the 48 h expiry passed");
    assertEquals("EXPIRE", released.entries().get(0).kind());
    assertBalanced(released);
    assertEquals(Failures.AMBIGUOUS_SUBMIT, failure(wf).getType());
  }

  @Test
  void workerKilledBetweenSubmitAndCaptureStillBalancesTheBooks() {
    // Workers without a cache replay every workflow task from history, as a restarted worker does;
    // the first capture dies after its Update reached the ledger, and is retried.
    h = new BudgetHarness(Map.of(T, 10.0), true);
    h.budgets.crashAfterCaptures.set(1);
    GenerationWorkflow wf = h.start("job-crash", T, request(A, "seedance-2.0", "a lake"), 3, List.of());
    result(wf);
    assertEquals(1, h.provider.submits.get(), "the replays never submit again");
    BudgetView b = h.books(T);
    assertEquals(0.80, b.capturedUsd(), 1e-9, "captured once although the capture ran twice");
    assertEquals(0, b.reservedUsd(), 1e-9);
    assertEquals(1, b.entries().stream().filter(e -> e.kind().equals("CAPTURE")).count());
    assertBalanced(b);
  }

  @Test
  void expiredLinkThatCannotBeRefreshedEndsUndeliveredWithOnePaidTask() {
    harness(10);
    GenerationWorkflow wf = h.start("job-link", T, request(A, "seedance-2.0", "a lake [expired]"), 3, List.of());
    ApplicationFailure f = failure(wf);
    assertEquals(Failures.UNDELIVERED, f.getType());
    JobStatus s = wf.status();
    assertEquals(Phase.UNDELIVERED, s.phase());
    assertEquals(1, h.provider.submits.get(), "one paid task, never a second one unasked");
    List<AttemptRecord> log = s.attemptLog();
    assertEquals(List.of("CAPTURED"), log.stream().map(AttemptRecord::ledger).toList());
    String taskId = log.get(0).providerTaskId();
    assertTrue(f.getOriginalMessage().contains("task " + taskId) && f.getOriginalMessage().contains("0.8 USD"),
        f.getOriginalMessage());
    assertEquals(s.lastError(), f.getOriginalMessage());
    assertEquals(0.80, h.books(T).capturedUsd(), 1e-9);
    assertEquals(h.provider.totalCharged() * TestBudgetActivities.USD_PER_CREDIT, h.books(T).capturedUsd(), 1e-9);
  }

  @Test
  void regenerateUndeliveredPaysForASecondTaskAndLogsBothCosts() {
    harness(10);
    GenerationWorkflow wf = h.start("job-regen", request(A, "seedance-2.0", "a lake [expired]"),
        new JobPolicy(T, 3, List.of(), true));
    GenerationResult r = result(wf);
    List<AttemptRecord> log = wf.status().attemptLog();
    assertEquals(2, h.provider.submits.get());
    assertEquals(List.of("UNDELIVERED", "SUCCEEDED"), log.stream().map(AttemptRecord::outcome).toList());
    assertEquals(List.of(0.80, 0.80), log.stream().map(AttemptRecord::chargedUsd).toList());
    assertTrue(!log.get(0).providerTaskId().equals(log.get(1).providerTaskId()), log.toString());
    assertEquals(1.60, h.books(T).capturedUsd(), 1e-9);
    assertEquals(h.books(T).capturedUsd(), r.costUsd(), 1e-9, "costUsd equals the ledger's capture");
    assertEquals(null, wf.status().lastError(), "lastError clears when the job succeeds");
  }
}
