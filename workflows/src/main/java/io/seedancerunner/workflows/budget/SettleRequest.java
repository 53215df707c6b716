package io.seedancerunner.workflows.budget;

/**
 * Ends, or holds, one attempt's reservation.
 *
 * @param jobId       the job
 * @param attempt     the attempt number
 * @param amount      for a capture: what the provider reports as charged, in the reservation's
 *                    unit; {@code null} captures the estimate (the provider reports nothing).
 *                    Ignored by release and hold.
 * @param untilMillis for a hold: until when, epoch milliseconds; else 0
 * @param reason      why, in words (the ledger note)
 */
public record SettleRequest(String jobId, int attempt, Double amount, long untilMillis, String reason) {

  /** @return the reservation key */
  public String key() {
    return Reservation.key(jobId, attempt);
  }
}
