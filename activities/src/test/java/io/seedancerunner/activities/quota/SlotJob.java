package io.seedancerunner.activities.quota;

import io.seedancerunner.workflows.quota.ProviderSlot;
import io.seedancerunner.workflows.quota.SlotSignals;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A test job that holds one provider slot through {@link ProviderSlot} until told to finish. */
@WorkflowInterface
public interface SlotJob {

  /** Acquires a slot of the account, waits for {@link #finish}, releases it. */
  @WorkflowMethod
  void run(String account);

  /** The grant of the slots workflow. */
  @SignalMethod(name = SlotSignals.GRANTED)
  void slotGranted(String account);

  /** Lets the job release and end. */
  @SignalMethod
  void finish();

  /** @return true while the job holds its slot */
  @QueryMethod
  boolean held();

  /** The implementation. */
  class Impl implements SlotJob {
    private ProviderSlot slot;
    private boolean finished;

    @Override
    public void run(String account) {
      slot = new ProviderSlot(account);
      slot.acquire();
      Workflow.await(() -> finished);
      slot.release();
    }

    @Override
    public void slotGranted(String account) {
      if (slot != null) {
        slot.granted(account);
      }
    }

    @Override
    public void finish() {
      finished = true;
    }

    @Override
    public boolean held() {
      return slot != null && slot.held();
    }
  }
}
