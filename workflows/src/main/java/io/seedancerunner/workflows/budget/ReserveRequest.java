package io.seedancerunner.workflows.budget;

/**
 * Asks the ledger to set the estimate of one attempt aside.
 *
 * @param jobId      the job
 * @param attempt    the attempt number
 * @param provider   provider account name
 * @param model      model id
 * @param amount     the estimate in the provider's unit (see {@code CostEstimator})
 * @param unit       {@code USD}, {@code credits} or {@code tokens}
 * @param usdPerUnit USD per unit (1 for USD; from the catalogue or the account's
 *                   {@code usd-per-unit} setting)
 * @param basis      how the estimate was computed, for the ledger note
 */
public record ReserveRequest(
    String jobId, int attempt, String provider, String model, double amount, String unit,
    double usdPerUnit, String basis) {

  /** @return the estimate in micro-USD */
  public long usdMicros() {
    return Usd.micros(amount * usdPerUnit);
  }
}
