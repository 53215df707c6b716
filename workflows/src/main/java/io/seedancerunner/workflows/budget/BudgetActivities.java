package io.seedancerunner.workflows.budget;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.temporal.activity.ActivityInterface;

/**
 * The job's side of the ledger: each call is an Update of the tenant's
 * {@link BudgetLedgerWorkflow}, sent from an activity because workflow code cannot send Updates
 * (Temporal Java SDK: workflows signal other workflows; Updates come from clients). Every call is
 * safe to repeat (the ledger is idempotent by job id + attempt). Activity type names carry the
 * prefix {@code Budget}.
 */
@ActivityInterface(namePrefix = "Budget")
public interface BudgetActivities {

  /**
   * Estimates {@code request} from the provider account's catalogue and reserves it.
   *
   * @param tenant  whose budget pays
   * @param jobId   the job
   * @param attempt the attempt number
   * @param request what the attempt will submit (provider account and model included)
   * @return accepted, or refused with the ledger's reason (the balance is short)
   * @throws io.temporal.failure.ApplicationFailure non-retryable {@code BudgetUnpriced} when the
   *     request cannot be priced in USD (no rate for the account's unit)
   */
  ReserveOutcome reserve(String tenant, String jobId, int attempt, GenerationRequest request);

  /** @return the capture entry, or {@code null} when already settled */
  LedgerEntry capture(String tenant, SettleRequest request);

  /** @return the release entry, or {@code null} when already settled */
  LedgerEntry release(String tenant, SettleRequest request);

  /** @return the hold entry, or {@code null} when already settled */
  LedgerEntry hold(String tenant, SettleRequest request);
}
