package io.seedancerunner.workflows.budget;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.temporal.client.WorkflowClient;
import java.util.Map;

/**
 * {@link BudgetActivities} for tests: the fake provider's price ({@link FakeProvider#CREDITS_PER_SECOND}
 * credits per second at {@link #USD_PER_CREDIT}) and the real {@link LedgerClient}.
 */
final class TestBudgetActivities implements BudgetActivities {

  static final double USD_PER_CREDIT = 0.01;

  private final LedgerClient ledgers;
  /** Captures still to fail as if the worker died during the call (after the Update was sent). */
  final java.util.concurrent.atomic.AtomicInteger crashAfterCaptures = new java.util.concurrent.atomic.AtomicInteger();

  TestBudgetActivities(WorkflowClient client, Map<String, Double> budgets) {
    this.ledgers = new LedgerClient(client, budgets::get);
  }

  LedgerClient ledgers() {
    return ledgers;
  }

  @Override
  public ReserveOutcome reserve(String tenant, String jobId, int attempt, GenerationRequest request) {
    double credits = FakeProvider.CREDITS_PER_SECOND * request.durationSeconds();
    return ledgers.reserve(tenant, new ReserveRequest(jobId, attempt, request.provider(), request.model(), credits,
        "credits", USD_PER_CREDIT, "test price"), "test price");
  }

  @Override
  public LedgerEntry capture(String tenant, SettleRequest request) {
    LedgerEntry entry = ledgers.capture(tenant, request);
    if (crashAfterCaptures.getAndDecrement() > 0) {
      throw new IllegalStateException("worker killed after the capture Update, before the activity completed");
    }
    return entry;
  }

  @Override
  public LedgerEntry release(String tenant, SettleRequest request) {
    return ledgers.release(tenant, request);
  }

  @Override
  public LedgerEntry hold(String tenant, SettleRequest request) {
    return ledgers.hold(tenant, request);
  }
}
