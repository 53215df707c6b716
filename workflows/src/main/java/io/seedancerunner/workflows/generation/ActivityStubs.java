package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Activity stubs with the options of each call. Workflow code.
 *
 * <ul>
 *   <li>submit: one attempt per activity; the workflow decides retries itself, because only it
 *       can tell a retryable failure from a timeout that leaves the submit ambiguous;</li>
 *   <li>status (and reconcile): reads are safe to repeat, so Temporal retries them for up to
 *       {@link #STATUS_BUDGET} (backoff from the poll floor, at least 2 s, ×2 up to 60 s; a 429's Retry-After, or the account
 *       gate's wait, arrives as the failure's next retry delay);</li>
 *   <li>cancel: best effort, three attempts;</li>
 *   <li>download: heartbeats, so a dead worker is noticed within the heartbeat timeout and the
 *       retry resumes from the heartbeated offset.</li>
 * </ul>
 *
 * <p>Every stub carries a summary for Temporal UI (issue 6), such as {@code poll task abc123 (3rd)};
 * it is user metadata on the ScheduleActivityTask command, which replay does not compare.
 */
final class ActivityStubs {

  /** Longest a submit may take, seconds; the adapter's own HTTP timeout is shorter. */
  static final Duration SUBMIT_TIMEOUT = Duration.ofSeconds(90);

  /** Longest one status read may keep retrying (rate limits, 5xx), queue time included. */
  static final Duration STATUS_BUDGET = Duration.ofMinutes(30);

  private ActivityStubs() {}

  static ProviderActivities submit(String provider, String summary) {
    return Workflow.newActivityStub(ProviderActivities.class, ActivityOptions.newBuilder()
        .setSummary(summary)
        .setTaskQueue(TaskQueues.provider(provider))
        .setStartToCloseTimeout(SUBMIT_TIMEOUT)
        .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
        .build());
  }

  /**
   * A status-read stub whose retries respect the provider's floor: the first retry comes no
   * sooner than {@link WaitPolicy#minPollSeconds()} (5 s on openai-videos,
   * https://platform.openai.com/docs/guides/video-generation), then doubles up to 60 s.
   */
  static ProviderActivities status(String provider, WaitPolicy policy, String summary) {
    return Workflow.newActivityStub(ProviderActivities.class, ActivityOptions.newBuilder()
        .setSummary(summary)
        .setTaskQueue(TaskQueues.provider(provider))
        .setStartToCloseTimeout(Duration.ofSeconds(60))
        // Bounded by time, not attempts: under a tight account quota most attempts are refused
        // by the account's gate before they are sent, each with its exact wait.
        .setScheduleToCloseTimeout(STATUS_BUDGET)
        .setRetryOptions(RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(Math.max(2, policy.minPollSeconds())))
            .setBackoffCoefficient(2)
            .setMaximumInterval(Duration.ofSeconds(Math.max(60, policy.minPollSeconds())))
            .setDoNotRetry(Failures.PROVIDER_REJECTED, Failures.UNKNOWN_PROVIDER)
            .build())
        .build());
  }

  /** Reconciliation reads like a status call: safe to repeat, Retry-After honoured. */
  static ProviderActivities reconcile(String provider, String summary) {
    return status(provider, WaitPolicy.defaults(), summary);
  }

  /** The learned-estimate store: quick, safe to repeat, retried briefly. */
  static PollEstimateActivities estimates(String summary) {
    return Workflow.newActivityStub(PollEstimateActivities.class, ActivityOptions.newBuilder()
        .setSummary(summary)
        .setTaskQueue(TaskQueues.QUOTA)
        .setStartToCloseTimeout(Duration.ofSeconds(10))
        .setScheduleToCloseTimeout(Duration.ofMinutes(2))
        .build());
  }

  static ProviderActivities cancel(String provider, String summary) {
    return Workflow.newActivityStub(ProviderActivities.class, ActivityOptions.newBuilder()
        .setSummary(summary)
        .setTaskQueue(TaskQueues.provider(provider))
        .setStartToCloseTimeout(Duration.ofSeconds(60))
        .setRetryOptions(RetryOptions.newBuilder()
            .setMaximumAttempts(3)
            .setDoNotRetry(Failures.PROVIDER_REJECTED, Failures.UNKNOWN_PROVIDER)
            .build())
        .build());
  }

  static DownloadActivities download(WaitPolicy policy, String summary) {
    return Workflow.newActivityStub(DownloadActivities.class, ActivityOptions.newBuilder()
        .setSummary(summary)
        .setTaskQueue(TaskQueues.DOWNLOADS)
        .setStartToCloseTimeout(Duration.ofMinutes(30))
        .setHeartbeatTimeout(Duration.ofSeconds(policy.heartbeatTimeoutSeconds()))
        .setRetryOptions(RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(1))
            .setBackoffCoefficient(2)
            .setMaximumInterval(Duration.ofSeconds(30))
            .setMaximumAttempts(10)
            .setDoNotRetry(Failures.NOT_MP4, Failures.PROVIDER_REJECTED, Failures.UNKNOWN_PROVIDER)
            .build())
        .build());
  }
}
