package io.seedancerunner.workflows.quota;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * The client side of the provider slots, run on {@code TaskQueues.QUOTA}. Activity type names are
 * {@code QuotaAcquire}, {@code QuotaRelease}, {@code QuotaClosed}.
 */
@ActivityInterface(namePrefix = "Quota")
public interface QuotaActivities {

  /**
   * Asks for one of the account's slots ({@code seedance.providers.<account>.max-queued-tasks}).
   * Safe to repeat.
   *
   * @param account          provider account name
   * @param holderWorkflowId the asking workflow's id; it receives the {@link SlotSignals#GRANTED}
   *                         signal
   * @return true when the account has no cap (0, or an unknown account): go at once, nothing to
   *     release; false when the grant will arrive as the {@link SlotSignals#GRANTED} signal, even
   *     when a slot is free now
   */
  boolean acquire(String account, String holderWorkflowId);

  /**
   * Frees the holder's slot or its place in the queue; nothing when the account has no cap or no
   * slots workflow runs. Safe to repeat.
   *
   * @param account          provider account name
   * @param holderWorkflowId the holder's workflow id
   */
  void release(String account, String holderWorkflowId);

  /**
   * @param workflowIds workflow ids
   * @return those whose latest execution is not running (completed, failed, cancelled,
   *     terminated, timed out) or does not exist, in the given order
   */
  List<String> closed(List<String> workflowIds);
}
