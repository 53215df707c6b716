package io.seedancerunner.workflows.model;

/**
 * One provider attempt of a job, as the status query shows it.
 *
 * @param attempt        attempt number (also the submit's idempotency-key suffix)
 * @param provider       provider account
 * @param model          model id
 * @param providerTaskId the provider's task id, or {@code null} when none is known
 * @param outcome        {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED}, {@code REFUSED}
 *                       (budget), {@code NOT_SUBMITTED} or {@code MAY_BE_RUNNING}
 * @param reason         why it ended, or {@code null}
 * @param estimate       the reserved estimate in {@code unit}, or {@code null} without a budget
 * @param unit           the provider's unit ({@code USD}, {@code credits}, {@code tokens}), or {@code null}
 * @param estimateUsd    the estimate in USD, or {@code null}
 * @param charged        what the provider reported as charged, in {@code unit}, once captured, else
 *                       {@code null}
 * @param chargedUsd     {@code charged} in USD, else {@code null}
 * @param ledger         {@code NONE}, {@code RESERVED}, {@code CAPTURED}, {@code RELEASED} or
 *                       {@code HELD}
 */
public record AttemptRecord(
    int attempt,
    String provider,
    String model,
    String providerTaskId,
    String outcome,
    String reason,
    Double estimate,
    String unit,
    Double estimateUsd,
    Double charged,
    Double chargedUsd,
    String ledger) {

  /** @return a copy with another outcome, reason and ledger state */
  public AttemptRecord ended(String outcome, String reason, Double charged, Double chargedUsd, String ledger) {
    return new AttemptRecord(attempt, provider, model, providerTaskId, outcome, reason, estimate, unit,
        estimateUsd, charged, chargedUsd, ledger);
  }

  /** @return a copy with the provider's task id */
  public AttemptRecord withTask(String taskId) {
    return new AttemptRecord(attempt, provider, model, taskId, outcome, reason, estimate, unit,
        estimateUsd, charged, chargedUsd, ledger);
  }
}
