package io.seedancerunner.workflows.storyboard;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.testing.WorkflowReplayer;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Replays recorded storyboard histories ({@link RecordStoryboardHistories}) against today's
 * {@link StoryboardWorkflowImpl}: a change that would break running storyboards fails here.
 */
class StoryboardReplayTest {

  private static final String RESOURCE = "histories/" + RecordStoryboardHistories.RESHOOT;

  @Test
  void aStoryboardWithARetakeAndAReshootReplays() throws Exception {
    String history = Files.readString(Path.of("src/test/resources", RESOURCE));
    assertTrue(history.contains("replay-storyboard/shot-2/take-2") && history.contains("replay-storyboard/shot-4/take-2"),
        "the history holds the retake of shot 2 and the reshoot of shot 3's chain");
    assertDoesNotThrow(() -> WorkflowReplayer.replayWorkflowExecutionFromResource(RESOURCE,
        StoryboardWorkflowImpl.class));
  }

  @Test
  void aStoryboardPaidByATenantWithPhaseAndCostAttributesReplays() throws Exception {
    String resource = "histories/" + RecordStoryboardHistories.TENANT;
    String history = Files.readString(Path.of("src/test/resources", resource));
    assertTrue(history.contains("\"SeedanceCostUsd\"") && history.contains("\"SeedancePhase\""),
        "the history holds the phase and cost upserts");
    assertFalse(history.contains("EVENT_TYPE_MARKER_RECORDED"), "no version patches before the first release");
    assertDoesNotThrow(() -> WorkflowReplayer.replayWorkflowExecutionFromResource(resource,
        StoryboardWorkflowImpl.class));
  }

  /** Proves the check can fail: the same history against a workflow that does other things. */
  @Test
  void anIncompatibleWorkflowFailsReplay() {
    assertThrows(Exception.class, () -> WorkflowReplayer.replayWorkflowExecutionFromResource(RESOURCE,
        Incompatible.class));
  }

  /** Registered under the storyboard's type name, but sleeps instead of looking up prior takes. */
  @WorkflowInterface
  public interface IncompatibleWorkflow {
    @WorkflowMethod(name = StoryboardWorkflow.TYPE)
    String run(Object input);
  }

  /** The incompatible implementation. */
  public static class Incompatible implements IncompatibleWorkflow {
    @Override
    public String run(Object input) {
      Workflow.sleep(java.time.Duration.ofSeconds(1));
      return "";
    }
  }
}
