package io.seedancerunner.workflows.model;

/**
 * Result of a finished {@code GenerationWorkflow}.
 *
 * @param jobId          job id (the workflow id)
 * @param video          the downloaded, verified file
 * @param provider       provider account name
 * @param providerTaskId the provider's task id
 * @param attempts       submit attempts made (1 when the first submit was accepted)
 * @param polls          status calls made
 * @param callbacks      webhooks received
 * @param cost           what the provider reported as charged, in its unit, or {@code null}
 * @param lastFrameUrl   the provider's last frame image ({@code TaskSnapshot.lastFrameUrl}) where
 *                       the dialect returns one, else {@code null}; histories recorded before this
 *                       field read it as {@code null}
 * @param costUsd        what the job's attempts cost in USD, as its tenant's budget ledger booked
 *                       them (captures plus any held reservation), or {@code null} for a job
 *                       without a tenant; histories recorded before this field read it as
 *                       {@code null}
 */
public record GenerationResult(
    String jobId,
    VideoFile video,
    String provider,
    String providerTaskId,
    int attempts,
    int polls,
    int callbacks,
    Double cost,
    String lastFrameUrl,
    Double costUsd) {

  /** A result without a last frame image (the shape before {@code lastFrameUrl}). */
  public GenerationResult(String jobId, VideoFile video, String provider, String providerTaskId, int attempts,
      int polls, int callbacks, Double cost) {
    this(jobId, video, provider, providerTaskId, attempts, polls, callbacks, cost, null, null);
  }

  /** A result without a USD cost (the shape before {@code costUsd}). */
  public GenerationResult(String jobId, VideoFile video, String provider, String providerTaskId, int attempts,
      int polls, int callbacks, Double cost, String lastFrameUrl) {
    this(jobId, video, provider, providerTaskId, attempts, polls, callbacks, cost, lastFrameUrl, null);
  }
}
