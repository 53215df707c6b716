package io.seedancerunner.activities.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.SimulatorServer;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.webhook.WebhookTokens;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity over the registry and the simulator: estimates, webhook URLs, unknown accounts. */
class ProviderActivitiesImplTest {

  private static final String SECRET = "test-webhook-secret-0123456789";

  @TempDir
  static Path videos;

  private static SimulatorServer sim;
  private static TinyHttpServer runner;
  private static ProviderRegistry registry;
  private static ProviderActivitiesImpl activities;

  @BeforeAll
  static void start() throws Exception {
    sim = SimulatorServer.start(videos);
    runner = TinyHttpServer.answering(200, Map.of(), "{}");
    ProviderConfig openApi = Accounts.account("sim-open-api", "open-api", sim.openApiBase(), SimulatorServer.OPEN_API_KEY);
    openApi.setEstimatedSeconds(42);
    registry = new ProviderRegistry(List.of(openApi,
        Accounts.account("sim-seedanceapi", "seedanceapi", sim.seedanceApiBase(), SimulatorServer.SEEDANCEAPI_KEY)),
        new ObjectMapper());
    RunnerConfig config = new RunnerConfig();
    config.setPublicBaseUrl(runner.baseUrl());
    config.setWebhookTokenSecret(SECRET);
    activities = new ProviderActivitiesImpl(registry, new CallbackUrls(config));
  }

  @AfterAll
  static void stop() throws Exception {
    registry.close();
    sim.close();
    runner.close();
  }

  @Test
  void estimateComesFromTheAccountWhenTheProviderGivesNone() {
    sim.faults("{\"generationSeconds\":20}");
    SubmitReceipt withEstimate = activities.submit("job-est-1", 1, Accounts.text("sim-open-api", "x"));
    assertEquals(42, withEstimate.estimatedSeconds());
    assertEquals(TaskState.QUEUED, withEstimate.state());
    SubmitReceipt without = activities.submit("job-est-2", 1, Accounts.text("sim-seedanceapi", "x"));
    assertNull(without.estimatedSeconds());
  }

  @Test
  void theProviderCallsBackOnTheJobsTokenedUrl() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    String jobId = "sb1/shot-3";
    SubmitReceipt receipt = activities.submit(jobId, 1, Accounts.text("sim-open-api", "a storyboard shot"));
    String expectedPath = new WebhookTokens(SECRET).callbackUrl("", "sim-open-api", jobId);
    TinyHttpServer.Recorded webhook = null;
    for (int i = 0; i < 100 && webhook == null; i++) {
      webhook = runner.requests().stream().filter(r -> r.line().startsWith("POST " + expectedPath + " ")).findFirst()
          .orElse(null);
      Thread.sleep(100);
    }
    assertTrue(webhook != null, "webhook at " + expectedPath + "; got " + runner.requests());
    assertTrue(webhook.body().contains(receipt.providerTaskId()), webhook.body());
  }

  @Test
  void statusAndCancelDelegateByAccount() {
    sim.faults("{\"generationSeconds\":20}");
    SubmitReceipt receipt = activities.submit("job-3", 1, Accounts.text("sim-open-api", "x"));
    assertEquals(TaskState.QUEUED, activities.status("sim-open-api", receipt.providerTaskId()).state());
    assertTrue(activities.cancel("sim-open-api", receipt.providerTaskId()));
    assertEquals(TaskState.CANCELLED, activities.status("sim-open-api", receipt.providerTaskId()).state());
    assertFalse(activities.cancel("sim-seedanceapi", "seed_x"));
  }

  @Test
  void unknownAccountIsNotRetryable() {
    GenerationRequest request = Accounts.text("nobody", "x");
    for (ApplicationFailure f : List.of(
        assertThrows(ApplicationFailure.class, () -> activities.submit("j", 1, request)),
        assertThrows(ApplicationFailure.class, () -> activities.status("nobody", "t")),
        assertThrows(ApplicationFailure.class, () -> activities.cancel("nobody", "t")))) {
      assertEquals(Failures.UNKNOWN_PROVIDER, f.getType());
      assertTrue(f.isNonRetryable());
    }
  }
}
