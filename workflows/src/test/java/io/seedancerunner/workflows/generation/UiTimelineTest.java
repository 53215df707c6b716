package io.seedancerunner.workflows.generation;

import static io.seedancerunner.workflows.generation.Harness.receipt;
import static io.seedancerunner.workflows.generation.Harness.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads in Temporal UI (issue 6): a summary on every activity and timer of a
 * clip's history, and current details served by the SDK's {@code __temporal_workflow_metadata}
 * query, also after the workflow closed.
 */
class UiTimelineTest {

  private final Harness h = new Harness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void everyActivityAndTimerHasASummaryAndTheCurrentDetailsShowTheEnd() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(
        snapshot(TaskState.RUNNING), snapshot(TaskState.RUNNING), snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);

    Harness.untyped(h.start("job-ui")).getResult(GenerationResult.class);

    List<String> activities = new ArrayList<>();
    List<String> timers = new ArrayList<>();
    for (HistoryEvent e : h.client.fetchHistory("job-ui").getEvents()) {
      if (e.hasActivityTaskScheduledEventAttributes()) {
        activities.add(e.getActivityTaskScheduledEventAttributes().getActivityType().getName() + ": "
            + summary(e));
      }
      if (e.hasTimerStartedEventAttributes()) {
        timers.add(summary(e));
      }
    }
    assertTrue(activities.stream().noneMatch(a -> a.endsWith(": ")), "an activity without a summary: " + activities);
    assertTrue(activities.contains("QuotaAcquire: ask for a slot of acct's max-queued-tasks"), activities.toString());
    assertTrue(activities.contains("ProviderSubmit: submit to acct · seedance-2.0"), activities.toString());
    assertTrue(activities.contains("ProviderStatus: poll task task-1 (1st)"), activities.toString());
    assertTrue(activities.contains("ProviderStatus: poll task task-1 (3rd)"), activities.toString());
    assertTrue(activities.contains("MediaDownload: download the MP4 of task task-1"), activities.toString());
    assertEquals(3, timers.size(), timers.toString());
    assertTrue(timers.stream().allMatch(t -> t.matches("wait \\d+ s for task task-1 \\(a webhook ends it early\\)")),
        timers.toString());

    WorkflowMetadata metadata = Harness.untyped(h.start("job-ui-2")).query("__temporal_workflow_metadata",
        WorkflowMetadata.class);
    assertTrue(metadata.getCurrentDetails().startsWith("**Phase** "), metadata.getCurrentDetails());
    WorkflowMetadata closed = h.client.newUntypedWorkflowStub("job-ui").query("__temporal_workflow_metadata",
        WorkflowMetadata.class);
    assertTrue(closed.getCurrentDetails().startsWith("**Phase** SUCCEEDED · 100%"), closed.getCurrentDetails());
    assertTrue(closed.getCurrentDetails().contains("**Video** `/data/videos/job/clip.mp4`"), closed.getCurrentDetails());
  }

  private static String summary(HistoryEvent e) {
    if (!e.hasUserMetadata() || !e.getUserMetadata().hasSummary()) {
      return "";
    }
    Payload p = e.getUserMetadata().getSummary();
    return DefaultDataConverter.newDefaultInstance().fromPayload(p, String.class, String.class);
  }
}
