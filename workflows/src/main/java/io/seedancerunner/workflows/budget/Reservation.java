package io.seedancerunner.workflows.budget;

/**
 * Money set aside for one provider attempt of one job, until it is captured or released.
 *
 * @param key             {@code <jobId>#<attempt>}: the ledger is idempotent by it
 * @param jobId           the job (GenerationWorkflow id)
 * @param attempt         the job's attempt number (also the submit's idempotency-key suffix)
 * @param provider        provider account name
 * @param model           model id
 * @param amount          the estimate in the provider's unit
 * @param unit            {@code USD}, {@code credits} or {@code tokens}
 * @param usdPerUnit      the USD rate used for this reservation
 * @param usdMicros       the estimate in micro-USD, the amount reserved
 * @param heldUntilMillis 0, or (epoch milliseconds) until when the reservation is held because the
 *                        provider task may still run; the ledger releases it then
 * @param holdReason      why it is held, or {@code null}
 * @param createdAtMillis when it was reserved, epoch milliseconds
 */
public record Reservation(
    String key,
    String jobId,
    int attempt,
    String provider,
    String model,
    double amount,
    String unit,
    double usdPerUnit,
    long usdMicros,
    long heldUntilMillis,
    String holdReason,
    long createdAtMillis) {

  /** @return the key of a job's attempt */
  public static String key(String jobId, int attempt) {
    return jobId + "#" + attempt;
  }

  /** @return this reservation held until {@code untilMillis} */
  Reservation held(long untilMillis, String reason) {
    return new Reservation(key, jobId, attempt, provider, model, amount, unit, usdPerUnit, usdMicros,
        untilMillis, reason, createdAtMillis);
  }
}
