package io.seedancerunner.workflows.catalog;

/**
 * What one request is expected to cost at its provider, in the unit the provider bills and
 * reports, so that a reservation of {@link #amount} can be compared with the charge the provider
 * reports when the job ends ({@code creditsCharged}, {@code consumed_credits},
 * {@code credits_used − credits_refunded}, {@code credits_reserved}, {@code usage.total_tokens}).
 * Built by {@link CostEstimator}.
 *
 * @param amount the cost in {@code unit}, 0 or more; whole credits or tokens, rounded up
 * @param unit   {@code credits} or {@code tokens} (the provider's billing unit; see
 *               {@link CostEstimator} for each dialect's)
 * @param usd    the same cost in US dollars where the provider's rate is known, else {@code null}
 * @param basis  how the figure was reached, for people, for example
 *               {@code "8 s × 20 credits/s (720p) × 1.1 content filter off"}
 */
public record CostEstimate(double amount, String unit, Double usd, String basis) {}
