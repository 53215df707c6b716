package io.seedancerunner.api.system;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * Asks Temporal a cheap question ({@code GetSystemInfo}, which every server and the embedded test
 * server answer) with a 2-second deadline.
 */
@Singleton
public class TemporalProbe {

  /** How long the probe waits, in milliseconds. */
  static final long DEADLINE_MS = 2000;

  private final WorkflowClient client;

  /** @param client the worker module's {@code WorkflowClient} */
  public TemporalProbe(WorkflowClient client) {
    this.client = client;
  }

  /** @return null when Temporal answered, else a short reason */
  public String problem() {
    try {
      client.getWorkflowServiceStubs().blockingStub()
          .withDeadlineAfter(DEADLINE_MS, TimeUnit.MILLISECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      return null;
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
  }
}
