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
    // Histories recorded by older workflow code stay as they were: they are the running jobs of
    // that version. Only missing files are recorded. (Before the first release all were recorded
    // afresh when the version patches were removed; see README, "Rolling out workflow changes".)
    if (!Files.exists(out.resolve("generation-webhook.json"))) {
      recordWebhook(out, "generation-webhook.json");
    }
    if (!Files.exists(out.resolve("generation-provider-failure.json"))) {
      recordFailure(out);
    }
    if (!Files.exists(out.resolve("generation-unknown-submit-adopted.json"))) {
      recordUnknownSubmit(out);
    }
  }

  private static void recordUnknownSubmit(Path out) throws Exception {
    try (Harness h = new Harness()) {
      when(h.provider.submit(anyString(), anyInt(), any())).thenThrow(
          io.temporal.failure.ApplicationFailure.newNonRetryableFailure("read timeout", Failures.AMBIGUOUS_SUBMIT));
      when(h.provider.reconcile(anyString(), anyInt(), any(), org.mockito.ArgumentMatchers.anyLong(),
          org.mockito.ArgumentMatchers.anyLong())).thenReturn(
              io.seedancerunner.workflows.model.Reconciliation.unsupported("open-api"));
      when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
      when(h.download.download(any())).thenReturn(Harness.VIDEO);
      GenerationWorkflow wf = h.start("replay-unknown-submit");
      h.awaitStatus(wf, st -> st.phase() == Phase.UNKNOWN_SUBMIT && st.lastError() != null
          && st.lastError().startsWith("UNSUPPORTED"));
      wf.adoptTask("task-1");
      WorkflowStub.fromTyped(wf).getResult(GenerationResult.class);
      Files.writeString(out.resolve("generation-unknown-submit-adopted.json"),
          h.client.fetchHistory("replay-unknown-submit").toJson(true));
    }
  }

  private static void recordWebhook(Path out, String file) throws Exception {
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
      Files.writeString(out.resolve(file), h.client.fetchHistory("replay-webhook").toJson(true));
    }
  }

  private static void recordFailure(Path out) throws Exception {
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
