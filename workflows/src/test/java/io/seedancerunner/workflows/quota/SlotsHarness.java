package io.seedancerunner.workflows.quota;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import io.seedancerunner.workflows.generation.TaskQueues;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A time-skipping test environment with {@link ProviderSlotsWorkflowImpl} (a chosen continue-as-new
 * threshold), a mocked {@link QuotaActivities} for its audit, and {@link SlotHolder} workflows.
 */
final class SlotsHarness implements AutoCloseable {

  static final String ACCOUNT = "acct";
  static final String HOLDERS = "test-holders";

  final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  final WorkflowClient client = env.getWorkflowClient();
  final QuotaActivities quota = mock(QuotaActivities.class, withSettings().withoutAnnotations());

  SlotsHarness(int signalsBeforeContinueAsNew) {
    env.newWorker(TaskQueues.WORKFLOWS).registerWorkflowImplementationFactory(ProviderSlotsWorkflow.class,
        () -> new ProviderSlotsWorkflowImpl(signalsBeforeContinueAsNew));
    env.newWorker(TaskQueues.QUOTA).registerActivitiesImplementations(quota);
    env.newWorker(HOLDERS).registerWorkflowImplementationTypes(SlotHolder.Impl.class);
    env.start();
  }

  SlotsHarness() {
    this(ProviderSlotsWorkflowImpl.SIGNALS_BEFORE_CONTINUE_AS_NEW);
  }

  /** Starts a holder workflow with this id. */
  SlotHolder holder(String id) {
    SlotHolder h = client.newWorkflowStub(SlotHolder.class,
        WorkflowOptions.newBuilder().setWorkflowId(id).setTaskQueue(HOLDERS).build());
    WorkflowClient.start(h::run);
    return h;
  }

  /** An existing holder workflow. */
  SlotHolder existing(String id) {
    return client.newWorkflowStub(SlotHolder.class, id);
  }

  /** Tells the holder to finish and polls until it has closed (getResult would let time skip). */
  void finish(String id) throws InterruptedException {
    existing(id).finish();
    await(() -> client.newUntypedWorkflowStub(id).describe().getStatus()
            != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING, () -> id + " closed");
  }

  /** Signal-with-start {@code acquire}, as {@code QuotaActivities.acquire} does. */
  WorkflowExecution acquire(String holder, int capacity) {
    ProviderSlotsWorkflow slots = client.newWorkflowStub(ProviderSlotsWorkflow.class, WorkflowOptions.newBuilder()
        .setWorkflowId(ProviderSlotsWorkflow.workflowId(ACCOUNT)).setTaskQueue(TaskQueues.WORKFLOWS).build());
    BatchRequest request = client.newSignalWithStartRequest();
    request.add(slots::run, SlotsState.empty(ACCOUNT));
    request.add(slots::acquire, holder, capacity);
    return client.signalWithStart(request);
  }

  ProviderSlotsWorkflow slots() {
    return client.newWorkflowStub(ProviderSlotsWorkflow.class, ProviderSlotsWorkflow.workflowId(ACCOUNT));
  }

  void release(String holder) {
    slots().release(holder);
  }

  /** Queries until the state has these holders and waiting holders. */
  SlotsState awaitState(List<String> holders, List<String> waiting) throws InterruptedException {
    await(() -> {
      SlotsState s = slots().state();
      return s.holders().equals(holders) && s.waiting().equals(waiting);
    }, () -> "holders " + holders + ", waiting " + waiting + "; last " + slots().state());
    return slots().state();
  }

  /** Queries until the holder has received this many grants. */
  void awaitGrants(String holder, int grants) throws InterruptedException {
    await(() -> existing(holder).grants().size() == grants,
        () -> holder + " granted " + grants + " times; got " + existing(holder).grants());
  }

  /** Time does not skip while the test polls. */
  static void await(BooleanSupplier done, Supplier<String> what) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("never reached: " + what.get());
  }

  @Override
  public void close() {
    env.close();
  }
}
