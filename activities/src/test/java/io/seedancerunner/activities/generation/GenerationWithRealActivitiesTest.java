package io.seedancerunner.activities.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.activities.download.DownloadActivitiesImpl;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.NoCapQuota;
import io.seedancerunner.activities.support.SimulatorServer;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.GenerationWorkflowImpl;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GenerationWorkflow} in Temporal's time-skipping test environment with the real
 * activities against the simulator: the first download is cut in half, and the retry resumes
 * from the heartbeated offset with {@code Range} instead of starting over.
 */
class GenerationWithRealActivitiesTest {

  private static final String ACCOUNT = "sim-open-api";

  @TempDir
  Path data;

  @Test
  void aDownloadRetryResumesFromTheHeartbeatOffset() throws Exception {
    try (SimulatorServer sim = SimulatorServer.start(data.resolve("sim"));
         TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      ProviderRegistry registry = new ProviderRegistry(List.of(
          Accounts.account(ACCOUNT, "open-api", sim.openApiBase(), SimulatorServer.OPEN_API_KEY)),
          new ObjectMapper());
      RunnerConfig config = new RunnerConfig();
      config.setDataDir(data.toString());
      DownloadActivitiesImpl download = new DownloadActivitiesImpl(config, registry);
      env.newWorker(TaskQueues.WORKFLOWS).registerWorkflowImplementationTypes(GenerationWorkflowImpl.class);
      env.newWorker(TaskQueues.provider(ACCOUNT))
          .registerActivitiesImplementations(new ProviderActivitiesImpl(registry, new CallbackUrls(config)));
      env.newWorker(TaskQueues.DOWNLOADS).registerActivitiesImplementations(download);
      env.newWorker(io.seedancerunner.workflows.generation.TaskQueues.QUOTA)
          .registerActivitiesImplementations(new NoCapQuota(), new io.seedancerunner.activities.estimate.FilePollEstimates(
              java.nio.file.Files.createTempDirectory("poll-estimates")));
      io.seedancerunner.workflows.generation.SearchAttributes.ALL.forEach(env::registerSearchAttribute);
      env.start();
      sim.faults("{\"generationSeconds\":0.5,\"truncateDownloads\":1}");

      GenerationWorkflow wf = env.getWorkflowClient().newWorkflowStub(GenerationWorkflow.class,
          WorkflowOptions.newBuilder().setWorkflowId("resume-1").setTaskQueue(TaskQueues.WORKFLOWS).build());
      GenerationResult result = wf.run(new GenerationInput("resume-1", Accounts.text(ACCOUNT, "waves"),
          WaitPolicy.defaults()));

      List<JsonNode> requests = new ArrayList<>();
      sim.stats().get("files").forEach(f -> {
        if (f.get("taskId").asText().equals(result.providerTaskId())) {
          requests.add(f);
        }
      });
      assertEquals(2, requests.size(), requests.toString());
      String range = requests.get(1).get("range").asText();
      assertTrue(range.matches("bytes=[1-9]\\d*-"), "the retry asked for the rest only: " + range);
      long resumedAt = Long.parseLong(range.substring(6, range.length() - 1));
      assertEquals(result.video().bytes() - resumedAt, requests.get(1).get("bytesSent").asLong());
      byte[] whole = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(sim.url() + "/sim/files/" + result.providerTaskId() + ".mp4")).build(),
          HttpResponse.BodyHandlers.ofByteArray()).body();
      assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(whole)),
          result.video().sha256(), "the resumed file is whole");
      download.close();
      registry.close();
    }
  }
}
