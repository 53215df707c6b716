package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Calls to a provider account, run on that account's task queue ({@link TaskQueues#provider}) so
 * that the server-side activities-per-second limit of the queue is the account's rate limit.
 *
 * <p>Errors are thrown as {@code ApplicationFailure}s whose type is the adapter's
 * {@link ProviderOutcome}: retryable transient and rate-limited ones (a 429's {@code Retry-After}
 * as the next retry delay), non-retryable input rejected, moderated and insufficient credits (the
 * provider's code and HTTP status as details), or a non-retryable ambiguous submit (the request
 * left and no answer came). A failed task's classification comes in
 * {@link io.seedancerunner.workflows.model.TaskSnapshot#outcome()}.
 */
@ActivityInterface(namePrefix = "Provider")
public interface ProviderActivities {

  /**
   * Submits a generation. The webhook URL is added by the activity from the worker's config, so
   * its per-job token never enters history. On a dialect with idempotency keys (seedance2ai) the
   * key is {@code <jobId>-a<attempt>}, so repeats of one attempt create one task.
   *
   * @param jobId   job id, for the webhook URL and idempotency keys
   * @param attempt the job's attempt number, 1 for the first; a new attempt is a new task
   * @param request what to generate
   * @return the provider's receipt
   */
  @ActivityMethod
  SubmitReceipt submit(String jobId, int attempt, GenerationRequest request);

  /**
   * Finds out what an ambiguous submit did, where the dialect allows: seedance2ai repeats the
   * submit with the same idempotency key (the provider answers with the task the first one made);
   * ark lists its tasks filtered by model and the time window and matches the prompt. Other
   * dialects answer {@link Reconciliation.Outcome#UNSUPPORTED} at once, without a request.
   *
   * @param jobId             job id
   * @param attempt           the attempt whose submit was lost
   * @param request           what was submitted
   * @param windowStartMillis earliest creation time to match, epoch milliseconds
   * @param windowEndMillis   latest creation time to match, epoch milliseconds
   * @return what was found
   */
  @ActivityMethod
  Reconciliation reconcile(String jobId, int attempt, GenerationRequest request, long windowStartMillis,
      long windowEndMillis);

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
   * Asks the provider for a fresh result link of a task that succeeded, after its link was refused
   * ({@link Failures#LINK_REFUSED}): the status is read again (most dialects sign a new link per
   * read); openai-videos answers its content endpoint, which the document asks clients to use.
   *
   * @param provider       provider account name
   * @param providerTaskId the provider's task id
   * @return a link to download the MP4 from, or {@code null} when the provider offers none (the
   *     task is no longer {@code SUCCEEDED}, or the record carries no link)
   */
  @ActivityMethod
  String freshLink(String provider, String providerTaskId);

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
