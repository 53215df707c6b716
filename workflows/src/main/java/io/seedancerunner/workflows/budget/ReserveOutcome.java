package io.seedancerunner.workflows.budget;

/**
 * What the ledger said to one attempt's reservation.
 *
 * @param accepted whether the estimate is now set aside
 * @param refusal  why not (names the tenant, the estimate and the balance), or {@code null}
 * @param amount   the estimate in the provider's unit
 * @param unit     {@code USD}, {@code credits} or {@code tokens}
 * @param usd      the estimate in USD
 * @param basis    how the estimate was computed
 */
public record ReserveOutcome(boolean accepted, String refusal, double amount, String unit, double usd, String basis) {}
