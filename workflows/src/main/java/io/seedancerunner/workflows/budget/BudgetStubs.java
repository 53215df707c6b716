package io.seedancerunner.workflows.budget;

import io.seedancerunner.workflows.generation.TaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** {@link BudgetActivities} stubs on {@link TaskQueues#QUOTA}. Workflow code. */
public final class BudgetStubs {

  /** Failure type: the request cannot be priced in USD; not retried. */
  public static final String BUDGET_UNPRICED = "BudgetUnpriced";

  private BudgetStubs() {}

  /**
   * Ledger calls are safe to repeat, so they are retried until they succeed (back-off 1 s ×2 up
   * to 60 s, no attempt limit): money is never left unbooked because the ledger was briefly
   * unreachable. Each attempt may take 30 s.
   *
   * @param summary what the call does, shown on the activity in Temporal UI
   * @return the stub; call from workflow code only
   */
  public static BudgetActivities activities(String summary) {
    return Workflow.newActivityStub(BudgetActivities.class, ActivityOptions.newBuilder()
        .setSummary(summary)
        .setTaskQueue(TaskQueues.QUOTA)
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(1))
            .setBackoffCoefficient(2)
            .setMaximumInterval(Duration.ofSeconds(60))
            .setDoNotRetry(BUDGET_UNPRICED)
            .build())
        .build());
  }
}
