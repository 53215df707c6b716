package io.seedancerunner.activities.quota;

import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.quota.ProviderSlotsWorkflow;
import io.seedancerunner.workflows.quota.QuotaActivities;
import io.seedancerunner.workflows.quota.SlotsState;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link QuotaActivities} over the account's {@link ProviderSlotsWorkflow}: the cap is the
 * account's {@code max-queued-tasks} ({@link ProviderConfig#getMaxQueuedTasks()}); with no cap
 * nothing is started or signalled. The {@link WorkflowClient} is the process's bean (the worker's
 * Temporal factory makes it).
 *
 * <p>Errors: Temporal client errors (server unreachable) are thrown as they are, so the activity is
 * retried; "workflow not found" on release means nobody holds or waits and is ignored.
 */
@Singleton
public class QuotaActivitiesImpl implements QuotaActivities {

  private static final Logger LOG = LoggerFactory.getLogger(QuotaActivitiesImpl.class);

  /** Signal-with-start tries within one activity attempt when starts race. */
  private static final int START_RACE_TRIES = 3;

  private final WorkflowClient client;
  private final ProviderRegistry registry;

  /**
   * @param client   the Temporal client
   * @param registry the provider accounts, for their {@code max-queued-tasks}
   */
  public QuotaActivitiesImpl(WorkflowClient client, ProviderRegistry registry) {
    this.client = client;
    this.registry = registry;
  }

  /**
   * {@inheritDoc}
   *
   * <p>With a cap: signal-with-start of {@code provider-slots/<account>} on
   * {@link TaskQueues#WORKFLOWS} with {@code acquire(holder, cap)}, starting it with
   * {@link SlotsState#empty} when it is not running. An unknown account has no cap here (our
   * choice): the provider activities report the unknown account themselves.
   */
  @Override
  public boolean acquire(String account, String holderWorkflowId) {
    int cap = cap(account);
    if (cap == 0) {
      return true;
    }
    ProviderSlotsWorkflow slots = client.newWorkflowStub(ProviderSlotsWorkflow.class, WorkflowOptions.newBuilder()
        .setWorkflowId(ProviderSlotsWorkflow.workflowId(account))
        .setTaskQueue(TaskQueues.WORKFLOWS)
        .build());
    for (int attempt = 1; ; attempt++) {
      BatchRequest request = client.newSignalWithStartRequest();
      request.add(slots::run, SlotsState.empty(account));
      request.add(slots::acquire, holderWorkflowId, cap);
      try {
        client.signalWithStart(request);
        break;
      } catch (WorkflowExecutionAlreadyStarted raced) {
        // Two first acquires raced to start the workflow (seen with Temporal's test server); the
        // workflow runs now, so signalling again succeeds. Past a few tries the activity retries.
        if (attempt == START_RACE_TRIES) {
          throw raced;
        }
      }
    }
    LOG.info("{} asked for one of {}'s {} provider slots", holderWorkflowId, account, cap);
    return false;
  }

  @Override
  public void release(String account, String holderWorkflowId) {
    if (cap(account) == 0) {
      return;
    }
    try {
      client.newWorkflowStub(ProviderSlotsWorkflow.class, ProviderSlotsWorkflow.workflowId(account))
          .release(holderWorkflowId);
      LOG.info("{} released its provider slot of {}", holderWorkflowId, account);
    } catch (WorkflowNotFoundException e) {
      LOG.info("{} released a provider slot of {}, which has no slots workflow running", holderWorkflowId, account);
    }
  }

  /** {@inheritDoc} Each id is described once (the latest run of that workflow id). */
  @Override
  public List<String> closed(List<String> workflowIds) {
    List<String> closed = new ArrayList<>();
    for (String id : workflowIds) {
      try {
        WorkflowExecutionStatus status = client.newUntypedWorkflowStub(id).describe().getStatus();
        if (status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
          closed.add(id);
        }
      } catch (WorkflowNotFoundException e) {
        closed.add(id);
      }
    }
    return closed;
  }

  /** @return the account's {@code max-queued-tasks}; 0 (no cap) when unset, negative or unknown */
  private int cap(String account) {
    return Math.max(0, registry.config(account).map(ProviderConfig::getMaxQueuedTasks).orElse(0));
  }
}
