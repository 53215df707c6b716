package io.seedancerunner.workflows.budget;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One tenant's budget ledger: a long-running entity workflow, id {@code budget/<tenant>}
 * ({@link #workflowId}), changed only through Temporal Updates (docs.temporal.io, "Workflow
 * message passing": an Update's validator can reject it before anything is written to history).
 *
 * <ul>
 *   <li>{@link #reserve}: sets an attempt's estimate aside; the validator rejects it when the
 *       balance is short, so an over-budget job never reaches a provider;</li>
 *   <li>{@link #capture}: books what the provider charged and frees the rest of the estimate;</li>
 *   <li>{@link #release}: frees the whole estimate (nothing was created, or nothing charged);</li>
 *   <li>{@link #hold}: keeps the estimate while the provider task may still run; released at the
 *       given time unless captured first.</li>
 * </ul>
 * Every change is idempotent by job id + attempt: a repeated Update (an activity retry) returns
 * the existing result. The ledger continues as new before its history grows large.
 */
@WorkflowInterface
public interface BudgetLedgerWorkflow {

  /** Workflow type name. */
  String TYPE = "BudgetLedgerWorkflow";

  /** @return the workflow id of {@code tenant}'s ledger */
  static String workflowId(String tenant) {
    return "budget/" + tenant;
  }

  /** @param state the ledger to continue; never {@code null} */
  @WorkflowMethod(name = TYPE)
  void run(LedgerState state);

  /**
   * @param request the attempt and its estimate
   * @return the open reservation (the existing one when repeated)
   */
  @UpdateMethod
  Reservation reserve(ReserveRequest request);

  /**
   * Rejects a reservation the balance cannot cover, or a malformed one.
   *
   * @throws IllegalStateException "tenant t: estimate X USD (...) exceeds the balance Y USD"
   * @throws IllegalArgumentException a negative or non-finite amount, a missing job id
   */
  @UpdateValidatorMethod(updateName = "reserve")
  void validateReserve(ReserveRequest request);

  /**
   * @param request the attempt and the provider's charge ({@code null} amount: the estimate)
   * @return the entry written, or {@code null} when the key was already settled or never reserved
   */
  @UpdateMethod
  LedgerEntry capture(SettleRequest request);

  /** @return the entry written, or {@code null} when already settled or never reserved */
  @UpdateMethod
  LedgerEntry release(SettleRequest request);

  /** @return the entry written, or {@code null} when already settled or never reserved */
  @UpdateMethod
  LedgerEntry hold(SettleRequest request);

  /**
   * Sets the budget to {@code usd} (the balance moves by the difference).
   *
   * @param usd the new budget, dollars, finite and &ge; 0
   * @return the books after the change
   */
  @UpdateMethod
  BudgetView setBudget(double usd);

  /** @throws IllegalArgumentException when {@code usd} is negative or not finite */
  @UpdateValidatorMethod(updateName = "setBudget")
  void validateSetBudget(double usd);

  /**
   * Adds {@code usd} to the budget.
   *
   * @param usd dollars, finite and &gt; 0
   * @return the books after the change
   */
  @UpdateMethod
  BudgetView topUp(double usd);

  /** @throws IllegalArgumentException when {@code usd} is not positive and finite */
  @UpdateValidatorMethod(updateName = "topUp")
  void validateTopUp(double usd);

  /**
   * @param offset entries to skip, counted from the newest
   * @param limit  most entries to return (1..500)
   * @return the books and a page of entries
   */
  @QueryMethod
  BudgetView view(int offset, int limit);
}
