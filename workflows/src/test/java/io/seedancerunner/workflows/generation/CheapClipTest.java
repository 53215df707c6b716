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
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.SearchAttributeKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 14: a clip's history stays small; search attributes are upserted once per workflow task at most. */
class CheapClipTest {

  private final Harness h = new Harness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void atMostOneSearchAttributeUpsertPerWorkflowTaskAndAllAttributesPublished() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(
        snapshot(TaskState.RUNNING), snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);

    Harness.untyped(h.start("job-cheap")).getResult(GenerationResult.class);

    List<Integer> upsertsPerTask = new ArrayList<>();
    int upserts = 0;
    for (HistoryEvent e : h.client.fetchHistory("job-cheap").getEvents()) {
      if (e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) {
        upsertsPerTask.add(upserts);
        upserts = 0;
      } else if (e.getEventType() == EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES) {
        upserts++;
      }
    }
    upsertsPerTask.add(upserts);
    assertTrue(upsertsPerTask.stream().allMatch(n -> n <= 1), "upserts per workflow task " + upsertsPerTask);
    var attrs = h.client.newUntypedWorkflowStub("job-cheap").describe().getTypedSearchAttributes();
    assertEquals("SUCCEEDED", attrs.get(SearchAttributes.PHASE));
    assertEquals("task-1", attrs.get(SearchAttributes.PROVIDER_TASK_ID));
    assertEquals(Harness.PROVIDER, attrs.get(SearchAttributes.PROVIDER));
    assertTrue(attrs.containsKey(SearchAttributeKey.forLong("SeedanceAttempts")));
  }
}
