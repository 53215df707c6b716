package io.seedancerunner.workflows.budget;

import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.GenerationResult;
import io.temporal.client.WorkflowStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Records {@code histories/generation-budget-retry.json} for the replay test: a budgeted job whose
 * first attempt fails (refunded), whose second succeeds (captured). Writes only a missing file;
 * run with the test classpath: {@code java -cp ... RecordBudgetHistory src/test/resources/histories}.
 */
public final class RecordBudgetHistory {

  private RecordBudgetHistory() {}

  /** @param args the histories folder */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/histories");
    Path file = out.resolve("generation-budget-retry.json");
    if (Files.exists(file)) {
      return;
    }
    try (BudgetHarness h = new BudgetHarness(Map.of("studio", 10.0))) {
      GenerationWorkflow wf = h.start("replay-budget", "studio",
          BudgetHarness.request(BudgetHarness.A, "seedance-2.0", "a lake [flaky:1]"), 3, List.of());
      WorkflowStub.fromTyped(wf).getResult(GenerationResult.class);
      Files.writeString(file, h.client.fetchHistory("replay-budget").toJson(true));
    }
    System.exit(0);
  }
}
