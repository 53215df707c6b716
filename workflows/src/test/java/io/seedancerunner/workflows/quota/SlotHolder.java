package io.seedancerunner.workflows.quota;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.ArrayList;
import java.util.List;

/** A test holder: counts the grants it receives and runs until told to finish. */
@WorkflowInterface
public interface SlotHolder {

  /** Runs until {@link #finish}. */
  @WorkflowMethod
  void run();

  /** The grant of {@link ProviderSlotsWorkflow}. */
  @SignalMethod(name = SlotSignals.GRANTED)
  void slotGranted(String account);

  /** Ends the workflow (without releasing anything). */
  @SignalMethod
  void finish();

  /** @return the accounts of the grants received, in order */
  @QueryMethod
  List<String> grants();

  /** The implementation. */
  class Impl implements SlotHolder {
    private final List<String> grants = new ArrayList<>();
    private boolean finished;

    @Override
    public void run() {
      Workflow.await(() -> finished);
    }

    @Override
    public void slotGranted(String account) {
      grants.add(account);
    }

    @Override
    public void finish() {
      finished = true;
    }

    @Override
    public List<String> grants() {
      return List.copyOf(grants);
    }
  }
}
