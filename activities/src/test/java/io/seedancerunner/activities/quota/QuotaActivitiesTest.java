package io.seedancerunner.activities.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.quota.ProviderSlotsWorkflow;
import io.seedancerunner.workflows.quota.ProviderSlotsWorkflowImpl;
import io.seedancerunner.workflows.quota.SlotsState;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link QuotaActivitiesImpl} against Temporal's test environment with the real
 * {@link ProviderSlotsWorkflowImpl}: accounts {@code free} (no cap), {@code capped} (2) and
 * {@code single} (1).
 */
class QuotaActivitiesTest {

  private final ProviderRegistry registry = new ProviderRegistry(
      List.of(account("free", 0), account("capped", 2), account("single", 1)), new ObjectMapper());
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final WorkflowClient client = env.getWorkflowClient();
  private final QuotaActivitiesImpl quota = new QuotaActivitiesImpl(client, registry);

  QuotaActivitiesTest() {
    env.newWorker(TaskQueues.WORKFLOWS)
        .registerWorkflowImplementationTypes(ProviderSlotsWorkflowImpl.class, SlotJob.Impl.class);
    env.newWorker(TaskQueues.QUOTA).registerActivitiesImplementations(quota);
    env.start();
  }

  @AfterEach
  void close() {
    env.close();
    registry.close();
  }

  @Test
  void noCapGoesAtOnceAndTouchesNothing() {
    assertTrue(quota.acquire("free", "j1"));
    quota.release("free", "j1");
    assertTrue(quota.acquire("nobody-knows", "j1"), "an unknown account has no cap here");
    assertThrows(WorkflowNotFoundException.class,
        () -> client.newUntypedWorkflowStub(ProviderSlotsWorkflow.workflowId("free")).describe());
  }

  @Test
  void aCapStartsTheSlotsWorkflowAndTheGrantArrivesAsASignal() throws Exception {
    startInTurn("j1", "capped");
    startInTurn("j2", "capped");
    startInTurn("j3", "capped");
    assertEquals(List.of("j1", "j2"), state("capped").holders());
    assertEquals(List.of("j3"), state("capped").waiting());
    assertEquals(2, state("capped").capacity());
    await(() -> job("j1").held() && job("j2").held(), () -> "grants reach j1 and j2");
    assertFalse(job("j3").held());

    assertFalse(quota.acquire("capped", "j2"), "a repeated acquire is answered by signal again");
    assertEquals(List.of("j1", "j2"), state("capped").holders());

    quota.release("capped", "j1");
    quota.release("capped", "j1");
    await(() -> state("capped").holders().equals(List.of("j2", "j3")), () -> "j3 holds: " + state("capped"));
    await(() -> job("j3").held(), () -> "the grant reaches j3");
  }

  @Test
  void aJobWaitsForItsSlotAndReleasesItWhenItEnds() throws Exception {
    startInTurn("a", "single");
    await(() -> job("a").held(), () -> "a holds");
    startInTurn("b", "single");
    assertEquals(List.of("b"), state("single").waiting());
    assertFalse(job("b").held());

    job("a").finish();
    await(() -> job("b").held(), () -> "b holds once a released: " + state("single"));
    assertEquals(List.of("b"), state("single").holders());
    job("b").finish();
    await(() -> state("single").holders().isEmpty(), () -> "b released: " + state("single"));

    start("c", "free");
    await(() -> job("c").held(), () -> "no cap: c goes at once");
    assertThrows(WorkflowNotFoundException.class,
        () -> client.newUntypedWorkflowStub(ProviderSlotsWorkflow.workflowId("free")).describe());
  }

  @Test
  void releaseWithoutASlotsWorkflowIsIgnored() {
    quota.release("capped", "j1");
    assertThrows(WorkflowNotFoundException.class,
        () -> client.newUntypedWorkflowStub(ProviderSlotsWorkflow.workflowId("capped")).describe());
  }

  @Test
  void closedNamesEndedAndUnknownWorkflows() throws Exception {
    start("running", "free");
    start("done", "free");
    job("done").finish();
    await(() -> client.newUntypedWorkflowStub("done").describe().getStatus()
        == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED, () -> "done completed");

    assertEquals(List.of("done", "missing"), quota.closed(List.of("running", "done", "missing")));
    assertEquals(List.of(), quota.closed(List.of()));
  }

  private void start(String jobId, String account) {
    SlotJob job = client.newWorkflowStub(SlotJob.class,
        WorkflowOptions.newBuilder().setWorkflowId(jobId).setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(job::run, account);
  }

  /** Starts the job and waits until the slots workflow has its acquire, so that arrival order is start order. */
  private void startInTurn(String jobId, String account) throws InterruptedException {
    start(jobId, account);
    await(() -> state(account).holders().contains(jobId) || state(account).waiting().contains(jobId),
        () -> jobId + " asked for a slot of " + account);
  }

  private SlotJob job(String jobId) {
    return client.newWorkflowStub(SlotJob.class, jobId);
  }

  private SlotsState state(String account) {
    return client.newWorkflowStub(ProviderSlotsWorkflow.class, ProviderSlotsWorkflow.workflowId(account)).state();
  }

  private static ProviderConfig account(String name, int maxQueuedTasks) {
    ProviderConfig c = Accounts.account(name, "open-api", "http://127.0.0.1:1", "k");
    c.setMaxQueuedTasks(maxQueuedTasks);
    return c;
  }

  /** Time does not skip while the test polls. */
  private static void await(BooleanSupplier done, Supplier<String> what) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      try {
        if (done.getAsBoolean()) {
          return;
        }
      } catch (WorkflowNotFoundException notYet) {
        // the slots workflow starts when the first job's acquire activity runs
      }
      Thread.sleep(10);
    }
    throw new AssertionError("never reached: " + what.get());
  }
}
