package io.seedancerunner.workflows.generation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.temporal.testing.WorkflowReplayer;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays recorded histories of {@link GenerationWorkflow} against today's code, so that a
 * change that would break running jobs (a non-deterministic change) fails here. Histories were
 * recorded with {@link RecordHistories}.
 */
class ReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"histories/generation-webhook.json", "histories/generation-provider-failure.json",
      "histories/generation-unknown-submit-adopted.json", "histories/generation-budget-retry.json"})
  void recordedHistoriesReplay(String resource) {
    assertDoesNotThrow(() -> WorkflowReplayer.replayWorkflowExecutionFromResource(
        resource, GenerationWorkflowImpl.class));
  }

  /** Proves the check can fail: the same history against a workflow that does other things. */
  @ParameterizedTest
  @ValueSource(strings = {"histories/generation-webhook.json"})
  void anIncompatibleWorkflowFailsReplay(String resource) {
    assertThrows(Exception.class, () -> WorkflowReplayer.replayWorkflowExecutionFromResource(
        resource, Incompatible.class));
  }

  /** Registered under the same type name, but sleeps instead of calling the submit activity. */
  @WorkflowInterface
  public interface IncompatibleWorkflow {
    @WorkflowMethod(name = GenerationWorkflow.TYPE)
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
