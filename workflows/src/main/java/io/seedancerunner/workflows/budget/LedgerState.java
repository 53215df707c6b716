package io.seedancerunner.workflows.budget;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A tenant ledger's state, carried from one run to the next by continue-as-new.
 *
 * <p>Sums are {@link BigInteger} micro-USD, so no budget is clamped and no top-up wraps.
 * Invariant, in micro-USD: {@code deposited = balance + reserved + captured}, where reserved is
 * the sum of {@code open}'s {@code usdMicros} and balance is what remains (negative when captures
 * exceeded their estimates).
 *
 * @param tenant             the tenant id
 * @param depositedMicros    the budget: everything set or topped up, micro-USD
 * @param capturedMicros     everything captured, micro-USD
 * @param open               open reservations, oldest first
 * @param settled            keys of recently settled reservations, oldest first (at most
 *                           {@link BudgetLedgerWorkflowImpl#SETTLED_KEPT}): a repeated capture,
 *                           release or reserve of one of them is a no-op
 * @param entries            the newest ledger entries, oldest first (at most
 *                           {@link BudgetLedgerWorkflowImpl#ENTRIES_KEPT})
 * @param nextSeq            the next entry's sequence number
 * @param capturedByProvider captured amount per provider account, in that account's unit
 * @param unitByProvider     the unit of each account in {@code capturedByProvider}
 * @param updatesPerRun      changes after which a run continues as new; 0 means
 *                           {@link BudgetLedgerWorkflowImpl#UPDATES_BEFORE_CONTINUE_AS_NEW}
 *                           (tests set a small figure)
 */
public record LedgerState(
    String tenant,
    BigInteger depositedMicros,
    BigInteger capturedMicros,
    List<Reservation> open,
    List<String> settled,
    List<LedgerEntry> entries,
    long nextSeq,
    Map<String, Double> capturedByProvider,
    Map<String, String> unitByProvider,
    int updatesPerRun) {

  /** @return this state, continuing as new after {@code updates} changes */
  public LedgerState withUpdatesPerRun(int updates) {
    return new LedgerState(tenant, depositedMicros, capturedMicros, open, settled, entries, nextSeq,
        capturedByProvider, unitByProvider, updates);
  }

  /** @return a new ledger holding {@code budgetUsd} and nothing else */
  public static LedgerState fresh(String tenant, double budgetUsd) {
    BigInteger micros = Usd.exactMicros(budgetUsd);
    return new LedgerState(tenant, micros, BigInteger.ZERO, List.of(), List.of(),
        List.of(new LedgerEntry(1, 0, "SET", null, null, null, null, budgetUsd, "initial budget from config")),
        2, Map.of(), Map.of(), 0);
  }
}
