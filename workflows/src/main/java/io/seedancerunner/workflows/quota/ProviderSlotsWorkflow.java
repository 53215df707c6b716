package io.seedancerunner.workflows.quota;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The durable cap on one provider account's tasks queued at the provider: an entity workflow, one
 * per account (id {@link #workflowId}), on {@code TaskQueues.WORKFLOWS}. Holders (generation
 * workflows) {@link #acquire} a slot and get it as the {@link SlotSignals#GRANTED} signal, in
 * arrival order, at most {@code capacity} at once; they {@link #release} it when their task has
 * left the provider's queue. Jobs beyond the cap wait here instead of failing at the provider.
 *
 * <p>Slots of holders that are gone are freed: when the grant signal finds no such workflow, and by
 * an audit of the holders every {@link ProviderSlotsWorkflowImpl#AUDIT_INTERVAL} through
 * {@link QuotaActivities#closed}. The workflow never completes; it continues as new with its
 * {@link SlotsState}.
 */
@WorkflowInterface
public interface ProviderSlotsWorkflow {

  /** Workflow type name, as Temporal UI shows it. */
  String TYPE = "ProviderSlotsWorkflow";

  /**
   * @param account provider account name
   * @return {@code provider-slots/<account>}
   */
  static String workflowId(String account) {
    return "provider-slots/" + account;
  }

  /**
   * Serves the account's slots until cancelled or terminated; continues as new with its state.
   *
   * @param state {@link SlotsState#empty} for a fresh start, else the state carried over
   */
  @WorkflowMethod(name = TYPE)
  void run(SlotsState state);

  /**
   * Asks for a slot. Idempotent: a holder already holding gets its grant signal again; one already
   * waiting keeps its place.
   *
   * @param holderWorkflowId the workflow id that receives {@link SlotSignals#GRANTED}
   * @param capacity         the account's cap; the latest one wins (below 1 counts as 1)
   */
  @SignalMethod
  void acquire(String holderWorkflowId, int capacity);

  /**
   * Frees the holder's slot, or removes it from the waiting queue. Idempotent.
   *
   * @param holderWorkflowId the holder's workflow id
   */
  @SignalMethod
  void release(String holderWorkflowId);

  /** @return capacity, holders in grant order, waiting holders in arrival order */
  @QueryMethod
  SlotsState state();
}
