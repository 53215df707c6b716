package io.seedancerunner.activities.support;

import io.seedancerunner.workflows.quota.QuotaActivities;
import java.util.List;

/** Quota activities for test accounts without a max-queued-tasks cap: every slot is granted at once. */
public final class NoCapQuota implements QuotaActivities {

  @Override
  public boolean acquire(String account, String holderWorkflowId) {
    return true;
  }

  @Override
  public void release(String account, String holderWorkflowId) {}

  @Override
  public List<String> closed(List<String> workflowIds) {
    return List.of();
  }
}
