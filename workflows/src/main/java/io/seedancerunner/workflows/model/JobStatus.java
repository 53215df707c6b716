package io.seedancerunner.workflows.model;

/**
 * Answer of the {@code status} query.
 *
 * @param phase           where the job is
 * @param provider        provider account name
 * @param providerTaskId  the provider's task id, {@code null} before the submit was accepted
 * @param rawStatus       the provider's last status word, or {@code null}
 * @param progressPercent 0..100: the provider's figure when it gives one, else an estimate from
 *                        the elapsed time against the expected generation time
 * @param nextPollAt      when the next status call is due, epoch milliseconds, or {@code null}
 * @param attempts        submit attempts made
 * @param polls           status calls made
 * @param callbacks       webhooks received
 * @param lastError       the last error seen (transient ones included), or {@code null}
 * @param result          the result once {@link Phase#SUCCEEDED}, else {@code null}
 * @param tenant          whose budget pays, or {@code null}
 * @param attemptLog      every provider attempt with its cost and reason, oldest first
 * @param estimateUsd     the current (or last) attempt's estimate in USD, or {@code null}
 * @param chargedUsd      what providers charged for the job so far (all attempts), in USD, or
 *                        {@code null} without a budget
 */
public record JobStatus(
    Phase phase,
    String provider,
    String providerTaskId,
    String rawStatus,
    int progressPercent,
    Long nextPollAt,
    int attempts,
    int polls,
    int callbacks,
    String lastError,
    GenerationResult result,
    String tenant,
    java.util.List<AttemptRecord> attemptLog,
    Double estimateUsd,
    Double chargedUsd) {

  /** A status without budget figures (the shape before budgets existed). */
  public JobStatus(Phase phase, String provider, String providerTaskId, String rawStatus, int progressPercent,
      Long nextPollAt, int attempts, int polls, int callbacks, String lastError, GenerationResult result) {
    this(phase, provider, providerTaskId, rawStatus, progressPercent, nextPollAt, attempts, polls, callbacks,
        lastError, result, null, java.util.List.of(), null, null);
  }
}
