package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Calls to a provider account, run on that account's task queue ({@link TaskQueues#provider}) so
 * that the server-side activities-per-second limit of the queue is the account's rate limit.
 *
 * <p>Errors are thrown as {@code ApplicationFailure}s of the types in {@link Failures}: a
 * retryable {@link Failures#PROVIDER_TRANSIENT} (connection refused, 429 with its
 * {@code Retry-After} as the next retry delay, 5xx, {@code service_busy}), a non-retryable
 * {@link Failures#PROVIDER_REJECTED} (4xx, with the provider's code as the first detail), or a
 * non-retryable {@link Failures#AMBIGUOUS_SUBMIT} (the request left and no answer came).
 */
@ActivityInterface(namePrefix = "Provider")
public interface ProviderActivities {

  /**
   * Submits a generation. The webhook URL is added by the activity from the worker's config, so
   * its per-job token never enters history.
   *
   * @param jobId   job id, for the webhook URL and idempotency keys
   * @param request what to generate
   * @return the provider's receipt
   */
  @ActivityMethod
  SubmitReceipt submit(String jobId, GenerationRequest request);

  /**
   * Reads the provider's status endpoint once.
   *
   * @param provider       provider account name
   * @param providerTaskId the provider's task id
   * @return the mapped snapshot
   */
  @ActivityMethod
  TaskSnapshot status(String provider, String providerTaskId);

  /**
   * Cancels the task at the provider where the dialect can.
   *
   * @param provider       provider account name
   * @param providerTaskId the provider's task id
   * @return true when the provider accepted the cancel, false when the dialect has no cancel
   */
  @ActivityMethod
  boolean cancel(String provider, String providerTaskId);
}
