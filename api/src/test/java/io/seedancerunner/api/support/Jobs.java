package io.seedancerunner.api.support;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;

/** Waits on workflows in tests. */
public final class Jobs {

  private Jobs() {}

  /** Waits up to 10 s until the workflow is no longer running; fails the test otherwise. */
  public static WorkflowExecutionStatus awaitClosed(WorkflowClient client, String jobId) throws InterruptedException {
    long until = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < until) {
      WorkflowExecutionStatus s = client.newUntypedWorkflowStub(jobId).describe().getStatus();
      if (s != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
        return s;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("workflow " + jobId + " still running after 10 s");
  }
}
