package io.seedancerunner.workflows.generation;

import static io.seedancerunner.workflows.generation.Harness.receipt;
import static io.seedancerunner.workflows.generation.Harness.snapshot;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.client.WorkflowStub;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records the histories that {@link ReplayTest} replays. Run it by hand, only when a workflow
 * change is meant to be compatible and a new path needs covering, never to paper over a replay
 * failure (that failure means running jobs would break):
 * {@code mvn -pl workflows test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.seedancerunner.workflows.generation.RecordHistories}.
 */
public final class RecordHistories {

  private RecordHistories() {}

  /** @param args optional output folder, default {@code src/test/resources/histories} */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/histories");
    Files.createDirectories(out);
    try (Harness h = new Harness()) {
      when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(300, true));
      when(h.provider.status(Harness.PROVIDER, "task-1"))
          .thenReturn(snapshot(TaskState.RUNNING), snapshot(TaskState.SUCCEEDED));
      when(h.download.download(any())).thenReturn(Harness.VIDEO);
      GenerationWorkflow wf = h.start("replay-webhook");
      h.awaitPhase(wf, Phase.WAITING);
      wf.providerCallback(new ProviderCallback("early", "task-1", "succeeded"));
      h.awaitStatus(wf, s -> s.polls() == 1);
      wf.providerCallback(new ProviderCallback("done", "task-1", "succeeded"));
      WorkflowStub.fromTyped(wf).getResult(GenerationResult.class);
      Files.writeString(out.resolve("generation-webhook.json"),
          h.client.fetchHistory("replay-webhook").toJson(true));
    }
    try (Harness h = new Harness()) {
      when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
      when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.FAILED));
      GenerationWorkflow wf = h.start("replay-failure");
      try {
        WorkflowStub.fromTyped(wf).getResult(GenerationResult.class);
      } catch (RuntimeException expected) {
        // the provider failure is the recorded path
      }
      Files.writeString(out.resolve("generation-provider-failure.json"),
          h.client.fetchHistory("replay-failure").toJson(true));
    }
  }
}
