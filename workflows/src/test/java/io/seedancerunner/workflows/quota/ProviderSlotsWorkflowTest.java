package io.seedancerunner.workflows.quota;

import static io.seedancerunner.workflows.quota.SlotsHarness.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowTargetOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ProviderSlotsWorkflowImpl} in Temporal's time-skipping test environment. */
class ProviderSlotsWorkflowTest {

  @Test
  void capacityTwoGrantsFiveHoldersInArrivalOrderTwoAtATime() throws Exception {
    try (SlotsHarness h = new SlotsHarness()) {
      for (String id : List.of("h1", "h2", "h3", "h4", "h5")) {
        h.holder(id);
        h.acquire(id, 2);
      }
      SlotsState s = h.awaitState(List.of("h1", "h2"), List.of("h3", "h4", "h5"));
      assertEquals(2, s.capacity());
      assertEquals(ACCOUNT, s.account());
      h.awaitGrants("h1", 1);
      h.awaitGrants("h2", 1);
      assertEquals(List.of(ACCOUNT), h.existing("h1").grants(), "the grant names the account");
      for (String waiting : List.of("h3", "h4", "h5")) {
        assertEquals(List.of(), h.existing(waiting).grants(), waiting + " waits");
      }

      h.release("h1");
      h.awaitState(List.of("h2", "h3"), List.of("h4", "h5"));
      h.awaitGrants("h3", 1);
      assertEquals(List.of(), h.existing("h4").grants());

      h.release("h3");
      h.release("h2");
      h.awaitState(List.of("h4", "h5"), List.of());
      h.awaitGrants("h4", 1);
      h.awaitGrants("h5", 1);
      h.awaitGrants("h1", 1);
    }
  }

  @Test
  void acquireAndReleaseAreIdempotent() throws Exception {
    try (SlotsHarness h = new SlotsHarness()) {
      for (String id : List.of("h1", "h2", "h3")) {
        h.holder(id);
      }
      h.acquire("h1", 1);
      h.acquire("h2", 1);
      h.acquire("h3", 1);
      h.awaitState(List.of("h1"), List.of("h2", "h3"));
      h.awaitGrants("h1", 1);

      h.acquire("h1", 1);
      h.awaitGrants("h1", 2);
      h.acquire("h2", 1);
      h.awaitState(List.of("h1"), List.of("h2", "h3"));

      h.release("h3");
      h.release("h3");
      h.release("nobody");
      h.awaitState(List.of("h1"), List.of("h2"));

      h.release("h1");
      h.release("h1");
      h.awaitState(List.of("h2"), List.of());
      h.awaitGrants("h2", 1);
      h.awaitGrants("h1", 2);
    }
  }

  @Test
  void theLatestCapacityWins() throws Exception {
    try (SlotsHarness h = new SlotsHarness()) {
      for (String id : List.of("h1", "h2", "h3")) {
        h.holder(id);
        h.acquire(id, 1);
      }
      h.awaitState(List.of("h1"), List.of("h2", "h3"));
      h.acquire("h3", 3);
      h.awaitState(List.of("h1", "h2", "h3"), List.of());
      assertEquals(3, h.slots().state().capacity());
      h.awaitGrants("h2", 1);
      h.awaitGrants("h3", 1);
    }
  }

  @Test
  void aHolderThatHasEndedIsFreedWhenItsGrantFails() throws Exception {
    try (SlotsHarness h = new SlotsHarness()) {
      h.holder("ended");
      h.finish("ended");
      h.holder("h2");
      h.acquire("never-started", 1);
      h.acquire("ended", 1);
      h.acquire("h2", 1);

      h.awaitState(List.of("h2"), List.of());
      h.awaitGrants("h2", 1);
    }
  }

  @Test
  void theAuditFreesTheSlotOfAHolderThatEndedWithoutReleasing() throws Exception {
    try (SlotsHarness h = new SlotsHarness()) {
      when(h.quota.closed(List.of("h1"))).thenReturn(List.of("h1"));
      h.holder("h1");
      h.holder("h2");
      h.acquire("h1", 1);
      h.acquire("h2", 1);
      h.awaitGrants("h1", 1);
      h.finish("h1");

      h.env.sleep(Duration.ofMinutes(5));
      h.awaitState(List.of("h1"), List.of("h2"));
      verify(h.quota, never()).closed(any());

      h.env.sleep(ProviderSlotsWorkflowImpl.AUDIT_INTERVAL);
      h.awaitState(List.of("h2"), List.of());
      h.awaitGrants("h2", 1);
      verify(h.quota).closed(List.of("h1"));
    }
  }

  /**
   * Threshold 3 signals per run. Each signal waits until the previous one is applied: the test
   * server's continue-as-new is not atomic (temporalio/sdk-java#1538), a signal racing it may be
   * refused there, while the real server makes the closing task retry with the signal.
   */
  @Test
  void theStateSurvivesContinueAsNew() throws Exception {
    try (SlotsHarness h = new SlotsHarness(3)) {
      for (String id : List.of("h1", "h2", "h3", "h4", "h5")) {
        h.holder(id);
      }
      WorkflowExecution first = h.acquire("h1", 2);
      h.awaitState(List.of("h1"), List.of());
      h.acquire("h2", 2);
      h.awaitState(List.of("h1", "h2"), List.of());
      h.acquire("h3", 2);
      SlotsHarness.await(() -> !currentRun(h).equals(first.getRunId()), () -> "a second run");
      assertEquals(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW, status(h, first));
      String second = currentRun(h);
      h.awaitState(List.of("h1", "h2"), List.of("h3"));
      assertEquals(2, h.slots().state().capacity());

      h.acquire("h4", 2);
      h.awaitState(List.of("h1", "h2"), List.of("h3", "h4"));
      h.acquire("h5", 2);
      h.awaitState(List.of("h1", "h2"), List.of("h3", "h4", "h5"));
      h.release("h1");
      SlotsHarness.await(() -> !currentRun(h).equals(second), () -> "a third run");
      h.awaitState(List.of("h2", "h3"), List.of("h4", "h5"));
      h.awaitGrants("h3", 1);
      assertEquals(1, h.existing("h1").grants().size(), "continue-as-new grants nobody twice");
      assertEquals(1, h.existing("h2").grants().size());
      assertEquals(List.of(), h.existing("h4").grants());

      h.release("h2");
      h.awaitState(List.of("h3", "h4"), List.of("h5"));
      h.awaitGrants("h4", 1);
    }
  }

  private static WorkflowExecutionStatus status(SlotsHarness h, WorkflowExecution run) {
    return h.client.newUntypedWorkflowStub(WorkflowTargetOptions.newBuilder().setWorkflowExecution(run).build())
        .describe().getStatus();
  }

  private static String currentRun(SlotsHarness h) {
    return WorkflowStub.fromTyped(h.slots()).describe().getExecution().getRunId();
  }
}
