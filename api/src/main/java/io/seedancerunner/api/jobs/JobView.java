package io.seedancerunner.api.jobs;

import io.seedancerunner.workflows.model.AttemptRecord;
import java.util.List;
import io.seedancerunner.api.generation.JobLinks;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;

/**
 * The body of {@code GET /v1/generations/{id}}: the {@code status} query's fields, flattened,
 * plus the workflow's own state, the failure and links.
 *
 * @param jobId           the job id
 * @param status          the job's phase ({@code SUBMITTING}, {@code WAITING}, {@code DOWNLOADING},
 *                        {@code SUCCEEDED}, {@code FAILED}, {@code CANCELLED}, {@code TIMED_OUT}),
 *                        or the workflow state when no worker answered the query
 * @param workflowState   Temporal's execution status: {@code RUNNING}, {@code COMPLETED},
 *                        {@code FAILED}, {@code CANCELED}, {@code TERMINATED}, {@code TIMED_OUT}
 * @param provider        provider account name
 * @param providerTaskId  the provider's task id
 * @param rawStatus       the provider's last status word
 * @param progressPercent 0..100
 * @param nextPollAt      the next status call, epoch milliseconds
 * @param attempts        submit attempts
 * @param polls           status calls
 * @param callbacks       webhooks received
 * @param lastError       the last error seen, transient ones included
 * @param result          the clip once finished
 * @param failure         why the job ended without a clip; {@code failure.summary} reads
 *                        {@code failed: <provider code> <message>}
 * @param startedAt       ISO-8601 start time
 * @param closedAt        ISO-8601 close time, null while running
 * @param links           self, video, cancel
 * @param tenant          whose budget pays, or null
 * @param estimateUsd     the current (or last) attempt's reserved estimate, USD, or null
 * @param chargedUsd      what providers charged for the job so far (all attempts), USD, or null
 * @param attemptLog      every provider attempt: provider, model, task id, outcome, reason,
 *                        estimate, charge and ledger state ({@code RESERVED}, {@code CAPTURED},
 *                        {@code RELEASED}, {@code HELD})
 */
public record JobView(
    String jobId,
    String status,
    String workflowState,
    String provider,
    String providerTaskId,
    String rawStatus,
    Integer progressPercent,
    Long nextPollAt,
    Integer attempts,
    Integer polls,
    Integer callbacks,
    String lastError,
    GenerationResult result,
    JobFailure failure,
    String startedAt,
    String closedAt,
    JobLinks.Links links,
    String tenant,
    Double estimateUsd,
    Double chargedUsd,
    List<AttemptRecord> attemptLog) {

  /** @return the view of a job */
  public static JobView of(JobLookup.Job job, JobLinks.Links links) {
    JobStatus s = job.status();
    return new JobView(job.jobId(), job.statusName(), job.workflowState(),
        s == null ? (job.result() == null ? null : job.result().provider()) : s.provider(),
        s == null ? (job.result() == null ? null : job.result().providerTaskId()) : s.providerTaskId(),
        s == null ? null : s.rawStatus(),
        s == null ? null : s.progressPercent(),
        s == null ? null : s.nextPollAt(),
        s == null ? null : s.attempts(),
        s == null ? null : s.polls(),
        s == null ? null : s.callbacks(),
        s == null ? null : s.lastError(),
        job.result(), job.failure(),
        job.startedAt() == null ? null : job.startedAt().toString(),
        job.closedAt() == null ? null : job.closedAt().toString(),
        links,
        s == null ? null : s.tenant(),
        s == null ? null : s.estimateUsd(),
        s == null ? null : s.chargedUsd(),
        s == null || s.attemptLog() == null ? List.of() : s.attemptLog());
  }
}
