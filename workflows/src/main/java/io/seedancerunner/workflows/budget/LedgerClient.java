package io.seedancerunner.workflows.budget;

import io.seedancerunner.workflows.generation.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Client side of the tenant ledgers, for activities and the api (not workflow code). Starts a
 * tenant's {@link BudgetLedgerWorkflow} on first use with the budget configured for it, then
 * sends Updates and queries.
 */
public final class LedgerClient {

  private final WorkflowClient client;
  private final Function<String, Double> configuredBudgetUsd;
  private final Map<String, Boolean> started = new ConcurrentHashMap<>();

  /**
   * @param client              Temporal client
   * @param configuredBudgetUsd tenant → its configured budget in USD, or {@code null} (a tenant
   *                            nobody configured starts at 0 and is refused until topped up)
   */
  public LedgerClient(WorkflowClient client, Function<String, Double> configuredBudgetUsd) {
    this.client = client;
    this.configuredBudgetUsd = configuredBudgetUsd;
  }

  /**
   * @return accepted, or refused with the validator's message; never throws for a short balance
   */
  public ReserveOutcome reserve(String tenant, ReserveRequest request, String basis) {
    try {
      call(tenant, l -> l.reserve(request));
      return new ReserveOutcome(true, null, request.amount(), request.unit(), Usd.dollars(request.usdMicros()), basis);
    } catch (WorkflowUpdateException e) {
      return new ReserveOutcome(false, reason(e), request.amount(), request.unit(),
          Usd.dollars(request.usdMicros()), basis);
    }
  }

  /** @return the capture entry, or {@code null} when already settled */
  public LedgerEntry capture(String tenant, SettleRequest request) {
    return call(tenant, l -> l.capture(request));
  }

  /** @return the release entry, or {@code null} when already settled */
  public LedgerEntry release(String tenant, SettleRequest request) {
    return call(tenant, l -> l.release(request));
  }

  /** @return the hold entry, or {@code null} when already settled */
  public LedgerEntry hold(String tenant, SettleRequest request) {
    return call(tenant, l -> l.hold(request));
  }

  /**
   * @param usd new budget in dollars, &ge; 0
   * @throws IllegalArgumentException when the ledger's validator refuses the figure
   */
  public BudgetView setBudget(String tenant, double usd) {
    return validated(() -> call(tenant, l -> l.setBudget(usd)));
  }

  /**
   * @param usd dollars to add, &gt; 0
   * @throws IllegalArgumentException when the ledger's validator refuses the figure
   */
  public BudgetView topUp(String tenant, double usd) {
    return validated(() -> call(tenant, l -> l.topUp(usd)));
  }

  /**
   * @param offset entries to skip from the newest
   * @param limit  page size
   * @return the books; a configured tenant's ledger is started if needed
   */
  public BudgetView view(String tenant, int offset, int limit) {
    return call(tenant, l -> l.view(offset, limit));
  }

  private <T> T call(String tenant, Function<BudgetLedgerWorkflow, T> action) {
    ensureStarted(tenant);
    BudgetLedgerWorkflow ledger = client.newWorkflowStub(BudgetLedgerWorkflow.class,
        BudgetLedgerWorkflow.workflowId(tenant));
    try {
      return action.apply(ledger);
    } catch (WorkflowNotFoundException e) {
      // Ended by an operator (terminate): start it again and retry once.
      started.remove(tenant);
      ensureStarted(tenant);
      return action.apply(ledger);
    }
  }

  private void ensureStarted(String tenant) {
    if (started.containsKey(tenant)) {
      return;
    }
    BudgetLedgerWorkflow ledger = client.newWorkflowStub(BudgetLedgerWorkflow.class, WorkflowOptions.newBuilder()
        .setWorkflowId(BudgetLedgerWorkflow.workflowId(tenant))
        .setTaskQueue(TaskQueues.WORKFLOWS)
        .build());
    Double budget = configuredBudgetUsd.apply(tenant);
    try {
      WorkflowClient.start(ledger::run, LedgerState.fresh(tenant, budget == null ? 0 : budget));
    } catch (WorkflowExecutionAlreadyStarted e) {
      // Running already: its state is the truth, the configured figure applied only at its start.
    }
    started.put(tenant, true);
  }

  private static <T> T validated(Supplier<T> call) {
    try {
      return call.get();
    } catch (WorkflowUpdateException e) {
      throw new IllegalArgumentException(reason(e), e);
    }
  }

  private static String reason(WorkflowUpdateException e) {
    Throwable cause = e.getCause();
    return cause instanceof ApplicationFailure af ? af.getOriginalMessage()
        : cause != null ? cause.getMessage() : e.getMessage();
  }
}
