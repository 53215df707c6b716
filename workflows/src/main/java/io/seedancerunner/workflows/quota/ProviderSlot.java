package io.seedancerunner.workflows.quota;

import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;

/**
 * A holder's side of one provider slot, for a workflow that must not have more than the account's
 * {@code max-queued-tasks} tasks at the provider. Workflow code. Use:
 *
 * <pre>
 * // in the workflow's interface:
 * &#64;SignalMethod(name = SlotSignals.GRANTED) void slotGranted(String account);
 * // in the implementation:
 * private ProviderSlot slot;                       // created in workflow code
 * public void slotGranted(String account) { if (slot != null) slot.granted(account); }
 * ...
 * slot = new ProviderSlot(request.provider());
 * slot.acquire();                                  // returns once the slot is ours
 * try { ... submit, wait for the task to end ... } finally { slot.release(); }
 * </pre>
 *
 * <p>Assign the field before calling {@link #acquire()}, so that the grant finds it. One acquisition
 * per instance: a grant is not tied to a request, so a late duplicate grant (an {@code acquire}
 * activity that was retried) of an earlier acquisition could not be told from a new one.
 */
public final class ProviderSlot {

  private final String account;
  private boolean requested;
  private boolean capped;
  private boolean granted;
  private boolean released;

  /** @param account provider account name */
  public ProviderSlot(String account) {
    this.account = account;
  }

  /**
   * Call from the workflow's {@link SlotSignals#GRANTED} signal handler.
   *
   * @param grantedAccount the signal's argument; a grant for another account is ignored
   */
  public void granted(String grantedAccount) {
    if (account.equals(grantedAccount)) {
      granted = true;
    }
  }

  /**
   * Asks for a slot and waits until it is granted (at once when the account has no cap).
   *
   * @throws IllegalStateException when this slot was already acquired
   * @throws io.temporal.failure.CanceledFailure when the workflow is cancelled while waiting (then
   *     {@link #release()} still frees the place in the queue)
   */
  public void acquire() {
    if (requested) {
      throw new IllegalStateException("a ProviderSlot is acquired once; create another");
    }
    requested = true;
    // Until the activity answers "no cap", assume a place in the queue may exist (a cancellation
    // during the call must still release it).
    capped = true;
    if (QuotaStubs.activities("ask for a slot of " + account + "'s max-queued-tasks")
        .acquire(account, Workflow.getInfo().getWorkflowId())) {
      capped = false;
      granted = true;
      return;
    }
    Workflow.await(() -> granted);
  }

  /** @return true once the slot is ours and not yet released */
  public boolean held() {
    return granted && !released;
  }

  /**
   * Frees the slot, or the place in the queue; nothing when never acquired, already released, or
   * the account has no cap. Runs in a detached cancellation scope, so it also works while the
   * workflow is being cancelled.
   */
  public void release() {
    if (!capped || released) {
      return;
    }
    released = true;
    CancellationScope scope = Workflow.newDetachedCancellationScope(
        () -> QuotaStubs.activities("give back the slot of " + account)
            .release(account, Workflow.getInfo().getWorkflowId()));
    scope.run();
  }
}
