package io.seedancerunner.workflows.quota;

import io.seedancerunner.workflows.generation.TaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** {@link QuotaActivities} stubs on {@link TaskQueues#QUOTA}. Workflow code. */
public final class QuotaStubs {

  private QuotaStubs() {}

  /**
   * For holders: acquire and release are safe to repeat, so they are retried until they succeed
   * (back-off 1 s ×2 up to 60 s, no attempt limit); each attempt may take 30 s.
   *
   * @param summary what the call does, shown on the activity in Temporal UI
   * @return the stub; call from workflow code only
   */
  public static QuotaActivities activities(String summary) {
    return Workflow.newActivityStub(QuotaActivities.class, ActivityOptions.newBuilder()
        .setSummary(summary)
        .setTaskQueue(TaskQueues.QUOTA)
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(1))
            .setBackoffCoefficient(2)
            .setMaximumInterval(Duration.ofSeconds(60))
            .build())
        .build());
  }

  /**
   * For the audit of {@link ProviderSlotsWorkflow}: a few attempts within 5 minutes, so that a
   * missing quota worker delays only this round of the audit.
   */
  static QuotaActivities audit() {
    return Workflow.newActivityStub(QuotaActivities.class, ActivityOptions.newBuilder()
        .setSummary("audit: which holders of a slot have ended")
        .setTaskQueue(TaskQueues.QUOTA)
        .setStartToCloseTimeout(Duration.ofSeconds(60))
        .setScheduleToCloseTimeout(Duration.ofMinutes(5))
        .setRetryOptions(RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(5))
            .setBackoffCoefficient(2)
            .setMaximumAttempts(5)
            .build())
        .build());
  }
}
