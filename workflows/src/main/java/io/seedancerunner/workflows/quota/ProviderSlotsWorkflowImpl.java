package io.seedancerunner.workflows.quota;

import io.temporal.api.enums.v1.SignalExternalWorkflowExecutionFailedCause;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ExternalWorkflowStub;
import io.temporal.workflow.Promise;
import io.temporal.workflow.SignalExternalWorkflowException;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@link ProviderSlotsWorkflow}. Workflow code: deterministic, no I/O, no clocks.
 *
 * <p>Signal handlers only queue the signal; the main loop applies signals in arrival order, so a
 * signal that arrives before {@link #run} has loaded the carried-over state is never lost. The
 * loop sends grants asynchronously and never blocks on one: a holder that is gone fails its grant
 * ({@code EXTERNAL_WORKFLOW_EXECUTION_NOT_FOUND}), its slot is freed and the next waiter granted.
 *
 * <p>Continue-as-new follows Temporal's entity-workflow guidance (docs.temporal.io/develop/java/
 * continue-as-new, "Considerations for Workflows with Message Handlers"; /develop/java/
 * message-passing): never from a handler; the main loop waits for
 * {@link Workflow#isEveryHandlerFinished()} (and for its own grant signals in flight) and then
 * continues as new with the state when {@code Workflow.getInfo().isContinueAsNewSuggested()} or
 * after {@link #SIGNALS_BEFORE_CONTINUE_AS_NEW} handled signals.
 */
public class ProviderSlotsWorkflowImpl implements ProviderSlotsWorkflow {

  /** Handled signals after which a run continues as new (our choice; history stays small). */
  static final int SIGNALS_BEFORE_CONTINUE_AS_NEW = 1000;
  /** How often the holders are checked for ended workflows while there are any. */
  public static final Duration AUDIT_INTERVAL = Duration.ofMinutes(10);

  private static final String HOLDER_NOT_FOUND = SignalExternalWorkflowExecutionFailedCause
      .SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_EXTERNAL_WORKFLOW_EXECUTION_NOT_FOUND.name();

  /** A queued signal: acquire (with capacity) or release. */
  private record Request(boolean acquire, String holder, int capacity) {}

  /** A grant signal in flight. */
  private record Grant(String holder, Promise<Void> sent) {}

  private final int signalsBeforeContinueAsNew;
  private final QuotaActivities quota = QuotaStubs.audit();
  private final List<Request> inbox = new ArrayList<>();
  private final List<Grant> grants = new ArrayList<>();
  private final List<String> holders = new ArrayList<>();
  private final List<String> waiting = new ArrayList<>();
  private String account;
  private int capacity;
  private int handledSignals;
  private Promise<Void> auditTimer;
  private Promise<List<String>> audit;

  /** The worker's instance: continues as new after {@link #SIGNALS_BEFORE_CONTINUE_AS_NEW} signals. */
  public ProviderSlotsWorkflowImpl() {
    this(SIGNALS_BEFORE_CONTINUE_AS_NEW);
  }

  /** @param signalsBeforeContinueAsNew handled signals after which a run continues as new (tests) */
  ProviderSlotsWorkflowImpl(int signalsBeforeContinueAsNew) {
    this.signalsBeforeContinueAsNew = signalsBeforeContinueAsNew;
  }

  @Override
  public void run(SlotsState state) {
    if (state == null) {
      // Our choice: a start without state is a fresh start; the account is in the workflow id.
      String id = Workflow.getInfo().getWorkflowId();
      String prefix = ProviderSlotsWorkflow.workflowId("");
      state = SlotsState.empty(id.startsWith(prefix) ? id.substring(prefix.length()) : id);
    }
    account = state.account();
    capacity = state.capacity();
    holders.addAll(state.holders());
    waiting.addAll(state.waiting());
    while (true) {
      applySignals();
      collectGrants();
      collectAudit();
      grantFreeSlots();
      scheduleAudit();
      if (continueAsNewDue() && grants.isEmpty()) {
        Workflow.await(Workflow::isEveryHandlerFinished);
        if (inbox.isEmpty()) {
          Workflow.continueAsNew(state());
        }
        continue;
      }
      Workflow.await(this::somethingToDo);
    }
  }

  @Override
  public void acquire(String holderWorkflowId, int capacity) {
    inbox.add(new Request(true, holderWorkflowId, capacity));
  }

  @Override
  public void release(String holderWorkflowId) {
    inbox.add(new Request(false, holderWorkflowId, 0));
  }

  @Override
  public SlotsState state() {
    return new SlotsState(account, capacity, holders, waiting);
  }

  private boolean somethingToDo() {
    return !inbox.isEmpty()
        || grants.stream().anyMatch(g -> g.sent().isCompleted())
        || (auditTimer != null && auditTimer.isCompleted())
        || (audit != null && audit.isCompleted())
        || (continueAsNewDue() && grants.isEmpty());
  }

  private boolean continueAsNewDue() {
    return handledSignals >= signalsBeforeContinueAsNew || Workflow.getInfo().isContinueAsNewSuggested();
  }

  private void applySignals() {
    for (Request r : inbox) {
      handledSignals++;
      if (r.holder() == null) {
        continue;
      }
      if (!r.acquire()) {
        holders.remove(r.holder());
        waiting.remove(r.holder());
      } else {
        capacity = Math.max(1, r.capacity());
        if (holders.contains(r.holder())) {
          grant(r.holder());
        } else if (!waiting.contains(r.holder())) {
          waiting.add(r.holder());
        }
      }
    }
    inbox.clear();
  }

  private void grantFreeSlots() {
    while (holders.size() < capacity && !waiting.isEmpty()) {
      String holder = waiting.remove(0);
      holders.add(holder);
      grant(holder);
    }
  }

  private void grant(String holder) {
    ExternalWorkflowStub stub = Workflow.newUntypedExternalWorkflowStub(holder);
    grants.add(new Grant(holder, Async.procedure(stub::signal, SlotSignals.GRANTED, new Object[] {account})));
  }

  /** Frees the slots of holders whose grant found no workflow. */
  private void collectGrants() {
    for (Iterator<Grant> it = grants.iterator(); it.hasNext(); ) {
      Grant g = it.next();
      if (g.sent().isCompleted()) {
        it.remove();
        if (holderGone(g.sent().getFailure())) {
          holders.remove(g.holder());
        }
      }
    }
  }

  /**
   * @return true for the failure of a signal to a workflow that does not exist or has closed.
   *     Other failures (the signal limit of the holder, cancellation) keep the slot; the audit
   *     frees it if the holder has ended.
   */
  private static boolean holderGone(RuntimeException failure) {
    return failure instanceof SignalExternalWorkflowException
        || (failure instanceof ApplicationFailure af && HOLDER_NOT_FOUND.equals(af.getType()));
  }

  private void scheduleAudit() {
    if (auditTimer != null && auditTimer.isCompleted()) {
      auditTimer = null;
      if (!holders.isEmpty() && audit == null) {
        audit = Async.function(quota::closed, List.copyOf(holders));
      }
    }
    if (!holders.isEmpty() && auditTimer == null && audit == null) {
      auditTimer = Workflow.newTimer(AUDIT_INTERVAL, io.temporal.workflow.TimerOptions.newBuilder()
          .setSummary("next audit of slot holders in " + AUDIT_INTERVAL.toMinutes() + " min").build());
    }
  }

  /** Frees the slots of holders the audit found closed; a failed audit waits for the next round. */
  private void collectAudit() {
    if (audit == null || !audit.isCompleted()) {
      return;
    }
    if (audit.getFailure() == null) {
      holders.removeAll(audit.get());
    }
    audit = null;
  }
}
