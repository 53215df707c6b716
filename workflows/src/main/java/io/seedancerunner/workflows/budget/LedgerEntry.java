package io.seedancerunner.workflows.budget;

/**
 * One line of a tenant's ledger.
 *
 * @param seq       1-based sequence number within the tenant's ledger (kept across continue-as-new)
 * @param atMillis  when, epoch milliseconds (workflow time)
 * @param kind      {@code SET}, {@code TOP_UP}, {@code RESERVE}, {@code CAPTURE}, {@code RELEASE},
 *                  {@code HOLD} or {@code EXPIRE} (a held reservation released at its expiry)
 * @param key       the reservation key {@code <jobId>#<attempt>}, or {@code null} for budget changes
 * @param provider  provider account name, or {@code null}
 * @param amount    amount in the provider's unit (the estimate, or what the provider reported), or
 *                  {@code null}
 * @param unit      unit of {@code amount}, or {@code null}
 * @param usd       the entry's effect in USD (reserved, captured, released or deposited)
 * @param note      reason, in words
 */
public record LedgerEntry(
    long seq, long atMillis, String kind, String key, String provider, Double amount, String unit,
    double usd, String note) {}
