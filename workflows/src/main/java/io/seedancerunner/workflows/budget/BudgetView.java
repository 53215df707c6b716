package io.seedancerunner.workflows.budget;

import java.util.List;
import java.util.Map;

/**
 * A tenant's books, as {@code GET /v1/tenants/{id}/budget} serves them. USD figures are dollars.
 * {@code budgetUsd = balanceUsd + reservedUsd + capturedUsd} always holds.
 *
 * @param tenant             the tenant id
 * @param budgetUsd          everything set or topped up
 * @param balanceUsd         what new jobs may still reserve (negative when captures exceeded
 *                           their estimates)
 * @param reservedUsd        set aside for attempts that have not ended (held ones included)
 * @param heldUsd            the part of {@code reservedUsd} held because a provider task may still
 *                           run (ambiguous submit, local deadline)
 * @param capturedUsd        what providers charged
 * @param capturedByProvider captured amount per provider account, in its own unit
 * @param unitByProvider     unit of each account in {@code capturedByProvider}
 * @param open               open reservations, oldest first
 * @param entries            a page of ledger entries, newest first
 * @param totalEntries       entries written since the ledger began (older ones than the kept
 *                           window are in the histories of earlier runs)
 */
public record BudgetView(
    String tenant,
    double budgetUsd,
    double balanceUsd,
    double reservedUsd,
    double heldUsd,
    double capturedUsd,
    Map<String, Double> capturedByProvider,
    Map<String, String> unitByProvider,
    List<Reservation> open,
    List<LedgerEntry> entries,
    long totalEntries) {}
