package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.budget.BudgetActivities;
import io.seedancerunner.workflows.budget.BudgetStubs;
import io.seedancerunner.workflows.budget.LedgerEntry;
import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.budget.SettleRequest;
import io.seedancerunner.workflows.budget.Usd;
import io.seedancerunner.workflows.model.AttemptRecord;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * One job's side of its tenant's ledger, and the log of its attempts. Workflow code.
 *
 * <p>Without a tenant it keeps the attempt log only and sends nothing, so a job without a budget
 * makes exactly the commands it made before budgets existed. Ledger calls run in detached
 * cancellation scopes: a job being cancelled still settles its books.
 */
final class JobBudget {

  /** Reservation of a job without a tenant: accepted, nothing reserved. */
  private static final ReserveOutcome UNMETERED = new ReserveOutcome(true, null, 0, null, 0, "no budget kept");

  private final String tenant;
  private final List<AttemptRecord> log = new ArrayList<>();

  /** @param tenant whose ledger pays, or {@code null} for none */
  JobBudget(String tenant) {
    this.tenant = tenant;
  }

  /** @return whether a ledger is kept */
  boolean enabled() {
    return tenant != null;
  }

  /** @return the tenant, or {@code null} */
  String tenant() {
    return tenant;
  }

  /**
   * Reserves the attempt's estimate and logs the attempt.
   *
   * @return the ledger's answer; accepted with no amount without a tenant
   */
  ReserveOutcome reserve(String jobId, int attempt, GenerationRequest request) {
    ReserveOutcome outcome = tenant == null ? UNMETERED : ledger("reserve the estimate of attempt " + attempt)
        .reserve(tenant, jobId, attempt, request);
    log.add(new AttemptRecord(attempt, request.provider(), request.model(), null,
        outcome.accepted() ? "RUNNING" : "REFUSED", outcome.refusal(),
        tenant == null ? null : outcome.amount(), outcome.unit(), tenant == null ? null : outcome.usd(), null, null,
        tenant == null ? "NONE" : outcome.accepted() ? "RESERVED" : "NONE"));
    return outcome;
  }

  /** Notes the provider task of the current attempt. */
  void task(String providerTaskId) {
    update(last().withTask(providerTaskId));
  }

  /**
   * Books what the provider charged and frees the rest.
   *
   * @param amount in the provider's unit; {@code null} captures the estimate
   */
  void capture(String jobId, int attempt, String outcome, Double amount, String reason) {
    AttemptRecord r = record(attempt);
    double charged = amount != null ? amount : r.estimate() == null ? 0 : r.estimate();
    LedgerEntry[] entry = new LedgerEntry[1];
    settle(() -> entry[0] = ledger("capture what attempt " + attempt + " cost")
        .capture(tenant, new SettleRequest(jobId, attempt, amount, 0, outcome + ": " + reason)));
    // The USD the ledger captured, so that the job's cost equals the tenant's books exactly.
    Double usd = entry[0] != null ? Double.valueOf(entry[0].usd()) : r.estimate() == null ? null
        : r.estimate() == 0 ? 0.0 : charged * r.estimateUsd() / r.estimate();
    update(r.ended(outcome, reason, tenant == null ? amount : charged, usd, tenant == null ? "NONE" : "CAPTURED"));
  }

  /** Frees the attempt's whole estimate: nothing was created, or nothing can be charged. */
  void release(String jobId, int attempt, String outcome, String reason) {
    update(record(attempt).ended(outcome, reason, null, null, tenant == null ? "NONE" : "RELEASED"));
    settle(() -> ledger("release the reservation of attempt " + attempt).release(tenant, new SettleRequest(jobId, attempt, null, 0, outcome + ": " + reason)));
  }

  /** Keeps the estimate until {@code untilMillis}: the provider task may still run. */
  void hold(String jobId, int attempt, long untilMillis, String reason) {
    update(record(attempt).ended("MAY_BE_RUNNING", reason, null, null, tenant == null ? "NONE" : "HELD"));
    settle(() -> ledger("hold the reservation of attempt " + attempt + " (the task may still run)").hold(tenant, new SettleRequest(jobId, attempt, null, untilMillis, reason)));
  }

  /** @return every attempt, oldest first */
  List<AttemptRecord> log() {
    return List.copyOf(log);
  }

  /** @return the last attempt's estimate in USD, or {@code null} */
  Double estimateUsd() {
    return log.isEmpty() ? null : log.get(log.size() - 1).estimateUsd();
  }

  /**
   * @return what all attempts were captured at, in USD (summed in micro-USD, as the ledger sums),
   *     or {@code null} without a tenant
   */
  Double chargedUsd() {
    if (tenant == null) {
      return null;
    }
    return Usd.dollars(log.stream().filter(r -> r.chargedUsd() != null)
        .mapToLong(r -> Usd.micros(r.chargedUsd())).sum());
  }

  /** @return captured USD plus the estimates still reserved or held, in USD; 0 without a tenant */
  double bookedUsd() {
    long open = log.stream().filter(r -> "RESERVED".equals(r.ledger()) || "HELD".equals(r.ledger()))
        .filter(r -> r.estimateUsd() != null).mapToLong(r -> Usd.micros(r.estimateUsd())).sum();
    Double charged = chargedUsd();
    return Usd.dollars(open + (charged == null ? 0 : Usd.micros(charged)));
  }

  private void settle(Runnable call) {
    if (tenant != null) {
      Workflow.newDetachedCancellationScope(call).run();
    }
  }

  private AttemptRecord last() {
    return log.get(log.size() - 1);
  }

  private AttemptRecord record(int attempt) {
    for (AttemptRecord r : log) {
      if (r.attempt() == attempt) {
        return r;
      }
    }
    throw new IllegalStateException("attempt " + attempt + " was never reserved");
  }

  private void update(AttemptRecord next) {
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).attempt() == next.attempt()) {
        log.set(i, next);
        return;
      }
    }
  }

  /** @return a ledger stub whose activity carries the summary, for Temporal UI */
  private BudgetActivities ledger(String summary) {
    return BudgetStubs.activities(summary + " on budget/" + tenant);
  }
}
