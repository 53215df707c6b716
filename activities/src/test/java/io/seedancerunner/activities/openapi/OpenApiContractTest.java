package io.seedancerunner.activities.openapi;

import static io.seedancerunner.activities.support.FailureAsserts.assertProviderFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.Polling;
import io.seedancerunner.activities.support.SimulatorServer;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open-api adapter against the real simulator (seed 000): every input mode, every status,
 * every documented error code with its classification, and cancel.
 */
class OpenApiContractTest {

  @TempDir
  static Path videos;

  private static SimulatorServer sim;
  private static ProviderRegistry registry;
  private static VideoProvider provider;

  @BeforeAll
  static void start() {
    sim = SimulatorServer.start(videos);
    newAccounts();
  }

  /** Fresh accounts for each test: an account's rate gate remembers a 429's Retry-After. */
  private static void newAccounts() {
    registry = new ProviderRegistry(List.of(
        Accounts.account("sim-open-api", "open-api", sim.openApiBase(), SimulatorServer.OPEN_API_KEY),
        Accounts.account("wrong-key", "open-api", sim.openApiBase(), "sd2_not_the_key")), new ObjectMapper());
    provider = registry.require("sim-open-api");
  }

  @AfterAll
  static void stop() {
    registry.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    registry.close();
    newAccounts();
    sim.reset();
  }

  @Test
  void textToVideoIsQueuedThenProcessingAndCancelEndsIt() throws Exception {
    sim.faults("{\"generationSeconds\":20}");
    SubmitReceipt receipt = provider.submit("job-oa-1", Accounts.text("sim-open-api", "a lighthouse at dusk"), null);
    assertTrue(receipt.providerTaskId().startsWith("req_"), receipt.providerTaskId());
    assertEquals(TaskState.QUEUED, receipt.state());
    assertTrue(receipt.cancellable());
    assertNotNull(receipt.cost(), "creditsCharged");
    assertNull(receipt.estimatedSeconds(), "open-api gives no time hint");

    TaskSnapshot queued = provider.status(receipt.providerTaskId());
    assertEquals(TaskState.QUEUED, queued.state());
    assertEquals("queued", queued.rawStatus());

    TaskSnapshot running = Polling.until(provider, receipt.providerTaskId(), TaskState.RUNNING);
    assertEquals("processing", running.rawStatus());
    assertNotNull(running.progressPercent());
    assertNull(running.videoUrl());

    assertTrue(provider.cancel(receipt.providerTaskId()));
    TaskSnapshot cancelled = provider.status(receipt.providerTaskId());
    assertEquals(TaskState.CANCELLED, cancelled.state());
    assertEquals("cancelled", cancelled.rawStatus());
    assertEquals(1, sim.stats().at("/dialects/open-api/cancels").asInt());
  }

  @Test
  void firstFrameSucceedsWithAnAbsoluteVideoUrl() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    GenerationRequest req = Accounts.firstFrame("sim-open-api", "the cat turns its head", "https://img.example/cat.png");
    SubmitReceipt receipt = provider.submit("job-oa-2", req, null);
    TaskSnapshot done = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.SUCCEEDED, done.state(), done.toString());
    assertEquals("succeeded", done.rawStatus());
    assertEquals(sim.url() + "/sim/files/" + receipt.providerTaskId() + ".mp4", done.videoUrl());
    assertNull(done.errorCode());
    assertEquals(100, done.progressPercent());
    assertEquals(receipt.cost(), done.cost());
  }

  @Test
  void failedTaskCarriesTheProvidersErrorCodeAndMessage() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-oa-3", Accounts.text("sim-open-api", "anything [sim:fail]"), null);
    TaskSnapshot failed = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.FAILED, failed.state());
    assertEquals(ProviderOutcome.MODERATED, failed.outcome(), "content_moderation");
    assertEquals("failed", failed.rawStatus());
    assertEquals("content_moderation", failed.errorCode());
    assertNotNull(failed.errorMessage());
    assertNull(failed.videoUrl());
  }

  @Test
  void invalidRequestIsRejected() {
    GenerationRequest bad = new GenerationRequest("sim-open-api", "seedance-2.0", "x", 4, "720p", "7:3",
        false, false, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", bad, null), "invalid_request", 400, false);
    GenerationRequest badDuration = new GenerationRequest("sim-open-api", "seedance-1.5-pro", "x", 7, "720p", "16:9",
        false, false, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", badDuration, null), "invalid_request", 400, false);
  }

  @Test
  void unauthorizedIsRejected() {
    VideoProvider wrongKey = registry.require("wrong-key");
    ApplicationFailure f = assertProviderFailure(
        () -> wrongKey.submit("j", Accounts.text("wrong-key", "x"), null), "unauthorized", 401, false);
    assertFalse(f.getOriginalMessage().contains("sd2_not_the_key"), "no api key in failure messages");
    assertProviderFailure(() -> wrongKey.status("req_1"), "unauthorized", 401, false);
  }

  @Test
  void insufficientCreditsIsRejected() {
    sim.faults("{\"dialect\":\"open-api\",\"credits\":0}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text("sim-open-api", "x"), null),
        "insufficient_credits", 402, false);
  }

  @Test
  void unknownTaskIsNotFound() {
    assertProviderFailure(() -> provider.status("req_does_not_exist"), "not_found", 404, false);
    assertProviderFailure(() -> provider.cancel("req_does_not_exist"), "not_found", 404, false);
  }

  @Test
  void rateLimitIsTransientWithRetryAfterAsTheNextRetryDelay() {
    sim.faults("{\"rateLimited\":2,\"retryAfterSeconds\":3}");
    ApplicationFailure submit = assertProviderFailure(
        () -> provider.submit("j", Accounts.text("sim-open-api", "x"), null), "rate_limited", 429, true);
    assertEquals(Duration.ofSeconds(3), submit.getNextRetryDelay());
    // The account's gate holds every request until the Retry-After has passed: nothing is sent.
    ApplicationFailure status = org.junit.jupiter.api.Assertions.assertThrows(ApplicationFailure.class, () -> provider.status("req_1"));
    org.junit.jupiter.api.Assertions.assertTrue(status.getOriginalMessage().contains("rate_limited_locally"),
        status.getOriginalMessage());
    org.junit.jupiter.api.Assertions.assertTrue(status.getNextRetryDelay().compareTo(Duration.ofSeconds(3)) <= 0
        && !status.getNextRetryDelay().isNegative(), String.valueOf(status.getNextRetryDelay()));
    assertEquals(0, sim.stats().at("/dialects/open-api/statusCalls").asInt(), "the refused status call was not sent");
    assertEquals(0, sim.stats().at("/dialects/open-api/submitsAccepted").asInt());
  }

  @Test
  void internalErrorIsTransient() {
    sim.faults("{\"submitErrors\":1}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text("sim-open-api", "x"), null),
        "internal_error", 500, true);
  }

  @Test
  void cancelOfAFinishedTaskIsRejected() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-oa-4", Accounts.text("sim-open-api", "x"), null);
    Polling.until(provider, receipt.providerTaskId(), TaskState.SUCCEEDED);
    assertProviderFailure(() -> provider.cancel(receipt.providerTaskId()), "invalid_request", 400, false);
  }
}
