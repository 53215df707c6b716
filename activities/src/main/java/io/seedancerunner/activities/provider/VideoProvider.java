package io.seedancerunner.activities.provider;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import java.time.Instant;
import java.util.Map;

/**
 * One provider account speaking one dialect (docs/providers/README.md). Implementations live in one package
 * per dialect and make blocking HTTP calls; they are called from activities only.
 *
 * <p>Every method throws an {@code io.temporal.failure.ApplicationFailure} classified by
 * {@link ProviderErrors} into a {@code ProviderOutcome}: transient and rate-limited (retryable),
 * input rejected, moderated, insufficient credits (not retryable; details: provider code, HTTP
 * status) or, from {@link #submit} only, ambiguous (not retryable).
 */
public interface VideoProvider extends AutoCloseable {

  /** @return the account name from config, for example {@code sim-open-api} */
  String account();

  /** @return the dialect id, for example {@code open-api} */
  String dialect();

  /** @return whether the dialect has a cancel endpoint */
  boolean canCancel();

  /**
   * Submits one generation. Never repeated internally: a lost answer is reported as
   * {@code AMBIGUOUS_SUBMIT} and the workflow decides.
   *
   * @param attempt the job, its idempotency key, the request and the webhook URL
   * @return the receipt; its {@code estimatedSeconds} is the provider's hint or {@code null}
   */
  SubmitReceipt submit(SubmitAttempt attempt);

  /**
   * Submits a job's first attempt: {@link #submit(SubmitAttempt)} with the key
   * {@code <jobId>-a1}.
   *
   * @param jobId       the job id
   * @param request     what to generate
   * @param callbackUrl the webhook URL, or {@code null} to poll only
   * @return the receipt
   */
  default SubmitReceipt submit(String jobId, GenerationRequest request, String callbackUrl) {
    return submit(new SubmitAttempt(jobId, SubmitAttempt.key(jobId, 1), request, callbackUrl));
  }

  /**
   * Finds the task an ambiguous submit created, where the dialect can: by repeating the submit
   * with the same idempotency key, or by listing tasks created in the window. The default, for
   * dialects that can do neither, answers {@link Reconciliation.Outcome#UNSUPPORTED} without a
   * request.
   *
   * @param attempt     the submit whose answer was lost
   * @param windowStart earliest creation time to match
   * @param windowEnd   latest creation time to match
   * @return what was found
   */
  default Reconciliation reconcile(SubmitAttempt attempt, Instant windowStart, Instant windowEnd) {
    return Reconciliation.unsupported(dialect());
  }

  /**
   * Reads the status endpoint once.
   *
   * @param providerTaskId the provider's task id
   * @return the snapshot; an unknown status word maps to {@code TaskState.UNKNOWN}
   */
  TaskSnapshot status(String providerTaskId);

  /**
   * A fresh result link of a succeeded task whose link was refused: by default the status is read
   * again, since the dialects sign a new link per read.
   *
   * @param providerTaskId the provider's task id
   * @return the link, or {@code null} when the task is not {@code SUCCEEDED} or has none
   */
  default String freshLink(String providerTaskId) {
    TaskSnapshot snapshot = status(providerTaskId);
    return snapshot.state() == TaskState.SUCCEEDED ? snapshot.videoUrl() : null;
  }

  /**
   * Cancels the task where the dialect can.
   *
   * @param providerTaskId the provider's task id
   * @return true when the provider accepted the cancel, false when the dialect has no cancel
   */
  boolean cancel(String providerTaskId);

  /**
   * Headers the download of a result needs: the account's {@code Authorization} only when the URL
   * is served by the provider's own origin (scheme, host and port of the base URL), never for a
   * CDN.
   *
   * @param url the result URL
   * @return header name to value; empty when none
   */
  Map<String, String> downloadHeaders(String url);

  /** Releases the account's HTTP clients. */
  @Override
  void close();
}
