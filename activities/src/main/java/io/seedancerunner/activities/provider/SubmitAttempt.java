package io.seedancerunner.activities.provider;

import io.seedancerunner.workflows.model.GenerationRequest;

/**
 * One submit as an adapter sends it.
 *
 * @param jobId          the job id, passed to the provider where the dialect carries metadata
 * @param idempotencyKey {@code <jobId>-a<attempt>}: sent as {@code Idempotency-Key} where the
 *                       dialect takes one (seedance2ai), ignored elsewhere
 * @param request        what to generate
 * @param callbackUrl    the webhook URL for this job (holds a secret token), or {@code null} to
 *                       poll only
 */
public record SubmitAttempt(String jobId, String idempotencyKey, GenerationRequest request, String callbackUrl) {

  /**
   * @param jobId   job id
   * @param attempt attempt number, 1 for the first
   * @return the idempotency key of that attempt
   */
  public static String key(String jobId, int attempt) {
    return jobId + "-a" + attempt;
  }
}
