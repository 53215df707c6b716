package io.seedancerunner.api.support;

import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts workflow start calls that reach the Temporal client (a start, or an update-with-start),
 * whatever code path makes them: the bad-input tests assert that it does not move.
 */
public class StartCounter extends WorkflowClientInterceptorBase {

  private final AtomicInteger starts = new AtomicInteger();

  /** @return start calls so far */
  public int starts() {
    return starts.get();
  }

  @Override
  public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(WorkflowClientCallsInterceptor next) {
    return new WorkflowClientCallsInterceptorBase(next) {
      @Override
      public WorkflowStartOutput start(WorkflowStartInput input) {
        starts.incrementAndGet();
        return super.start(input);
      }

      @Override
      public <R> WorkflowUpdateWithStartOutput<R> updateWithStart(WorkflowUpdateWithStartInput<R> input) {
        starts.incrementAndGet();
        return super.updateWithStart(input);
      }
    };
  }
}
