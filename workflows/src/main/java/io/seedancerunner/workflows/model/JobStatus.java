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
    GenerationResult result) {}
