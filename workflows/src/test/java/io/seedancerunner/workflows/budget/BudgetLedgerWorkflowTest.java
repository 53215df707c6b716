package io.seedancerunner.workflows.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.generation.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger alone: validators, idempotency by job id + attempt, continue-as-new. */
class BudgetLedgerWorkflowTest {

  private TestWorkflowEnvironment env;
  private WorkflowClient client;

  @BeforeEach
  void start() {
    env = TestWorkflowEnvironment.newInstance();
    env.newWorker(TaskQueues.WORKFLOWS).registerWorkflowImplementationTypes(BudgetLedgerWorkflowImpl.class);
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void close() {
    env.close();
  }

  private BudgetLedgerWorkflow ledger(LedgerState state) {
    BudgetLedgerWorkflow l = client.newWorkflowStub(BudgetLedgerWorkflow.class, WorkflowOptions.newBuilder()
        .setWorkflowId(BudgetLedgerWorkflow.workflowId(state.tenant())).setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(l::run, state);
    return client.newWorkflowStub(BudgetLedgerWorkflow.class, BudgetLedgerWorkflow.workflowId(state.tenant()));
  }

  private static ReserveRequest clip(String job, int attempt) {
    return new ReserveRequest(job, attempt, "acct", "seedance-2.0", 80, "credits", 0.01, "8 s × 10 credits/s");
  }

  @Test
  void repeatedUpdatesChangeTheBooksOnce() {
    BudgetLedgerWorkflow l = ledger(LedgerState.fresh("t", 10));
    l.reserve(clip("j", 1));
    l.reserve(clip("j", 1));
    assertEquals(0.80, l.view(0, 10).reservedUsd(), 1e-9);
    LedgerEntry first = l.capture(new SettleRequest("j", 1, 50.0, 0, "succeeded"));
    assertEquals(0.50, first.usd(), 1e-9);
    assertNull(l.capture(new SettleRequest("j", 1, 50.0, 0, "succeeded")), "already settled");
    assertNull(l.release(new SettleRequest("j", 1, null, 0, "late release")), "a late release frees nothing");
    l.reserve(clip("j", 1));
    BudgetView b = l.view(0, 10);
    assertEquals(0.50, b.capturedUsd(), 1e-9);
    assertEquals(0, b.reservedUsd(), 1e-9, "a repeated reserve of a settled attempt reserves nothing");
    assertEquals(9.50, b.balanceUsd(), 1e-9);
  }

  @Test
  void aHugeBudgetIsNeitherClampedNorWrappedByATopUp() {
    BudgetLedgerWorkflow l = ledger(LedgerState.fresh("t", 1e300));
    assertEquals(1e300, l.view(0, 10).budgetUsd(), 0, "not clamped to Long.MAX_VALUE micro-USD");
    BudgetView topped = l.topUp(1e300);
    assertEquals(2e300, topped.budgetUsd(), 0, "one more top-up does not wrap negative");
    assertTrue(topped.balanceUsd() > 0, "balance " + topped.balanceUsd());
    l.reserve(clip("j", 1));
    l.capture(new SettleRequest("j", 1, 80.0, 0, "succeeded"));
    assertEquals(0.80, l.view(0, 10).capturedUsd(), 1e-12);
    assertEquals(2e300, l.setBudget(2e300).budgetUsd(), 0);
  }

  @Test
  void validatorRefusesAnOverBudgetReservationWithoutWritingHistory() {
    BudgetLedgerWorkflow l = ledger(LedgerState.fresh("t", 1.0));
    l.reserve(clip("a", 1));
    long entries = l.view(0, 10).totalEntries();
    WorkflowUpdateException e = assertThrows(WorkflowUpdateException.class, () -> l.reserve(clip("b", 1)));
    assertTrue(e.getCause().getMessage().contains("exceeds the balance 0.20 USD"), e.getCause().getMessage());
    assertEquals(entries, l.view(0, 10).totalEntries());
    assertThrows(WorkflowUpdateException.class, () -> l.topUp(-5));
    assertThrows(WorkflowUpdateException.class, () -> l.setBudget(Double.NaN));
    assertEquals(3.0, l.topUp(2).budgetUsd(), 1e-9);
    l.reserve(clip("b", 1));
    assertEquals(1.60, l.view(0, 10).reservedUsd(), 1e-9);
  }

  @Test
  void continuesAsNewKeepingTheBooksAndTheSettledKeys() {
    BudgetLedgerWorkflow l = ledger(LedgerState.fresh("t", 100).withUpdatesPerRun(5));
    String firstRun = WorkflowStubRun.of(client, "t");
    for (int i = 0; i < 12; i++) {
      l.reserve(clip("j" + i, 1));
      l.capture(new SettleRequest("j" + i, 1, null, 0, "succeeded"));
    }
    l.reserve(clip("open", 1));
    assertNotEquals(firstRun, WorkflowStubRun.of(client, "t"), "the ledger continued as new");
    assertNull(l.capture(new SettleRequest("j0", 1, null, 0, "again")), "settled keys survive continue-as-new");
    BudgetView b = l.view(0, 500);
    assertEquals(9.60, b.capturedUsd(), 1e-9);
    assertEquals(0.80, b.reservedUsd(), 1e-9);
    assertEquals(100, b.balanceUsd() + b.reservedUsd() + b.capturedUsd(), 1e-9);
    assertEquals(b.totalEntries(), b.entries().size());
  }

  /** The run id of the tenant's current ledger run. */
  private static final class WorkflowStubRun {
    static String of(WorkflowClient client, String tenant) {
      return client.newUntypedWorkflowStub(BudgetLedgerWorkflow.workflowId(tenant)).describe().getExecution().getRunId();
    }
  }
}
