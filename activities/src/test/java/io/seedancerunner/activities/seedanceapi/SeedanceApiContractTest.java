package io.seedancerunner.activities.seedanceapi;

import static io.seedancerunner.activities.support.FailureAsserts.assertProviderFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * The seedanceapi adapter against the real simulator (seed 001): text and first frame, every
 * status, every documented error code (driven with raw bad inputs, bypassing the api's
 * validation) with its classification, and the missing cancel.
 */
class SeedanceApiContractTest {

  private static final String ACCOUNT = "sim-seedanceapi";

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
        Accounts.account(ACCOUNT, "seedanceapi", sim.seedanceApiBase(), SimulatorServer.SEEDANCEAPI_KEY),
        Accounts.account("wrong-key", "seedanceapi", sim.seedanceApiBase(), "sk_not_the_key")), new ObjectMapper());
    provider = registry.require(ACCOUNT);
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

  private static GenerationRequest request(String prompt, int seconds, String resolution, String ratio,
      String firstFrame, List<String> references) {
    return new GenerationRequest(ACCOUNT, "seedance-2.0", prompt, seconds, resolution, ratio, false, false,
        firstFrame, null, references);
  }

  @Test
  void textToVideoRunsThenSucceedsWithCredits() throws Exception {
    sim.faults("{\"generationSeconds\":0.5}");
    SubmitReceipt receipt = provider.submit("job-sa-1", Accounts.text(ACCOUNT, "mountains at sunrise"), null);
    assertEquals(TaskState.RUNNING, receipt.state(), "IN_PROGRESS at once (seed 001)");
    assertFalse(receipt.cancellable());
    assertNull(receipt.estimatedSeconds());

    TaskSnapshot running = provider.status(receipt.providerTaskId());
    assertEquals(TaskState.RUNNING, running.state());
    assertEquals("IN_PROGRESS", running.rawStatus());
    assertNull(running.videoUrl());

    TaskSnapshot done = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.SUCCEEDED, done.state(), done.toString());
    assertEquals("SUCCESS", done.rawStatus());
    assertEquals(sim.url() + "/sim/files/" + receipt.providerTaskId() + ".mp4", done.videoUrl());
    assertEquals(14.0, done.cost(), "720p, 4 s, no audio: 14 credits (seed 001 price table)");
  }

  @Test
  void firstFrameSucceeds() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-sa-2",
        request("the character smiles", 8, "480p", "9:21", "https://img.example/face.png", List.of()), null);
    TaskSnapshot done = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.SUCCEEDED, done.state(), done.toString());
    assertEquals(14.0, done.cost(), "480p, 8 s: 14 credits");
  }

  @Test
  void failedTaskCarriesTheErrorMessageAndCostsNothing() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-sa-3", Accounts.text(ACCOUNT, "x [sim:fail]"), null);
    TaskSnapshot failed = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.FAILED, failed.state());
    assertEquals(ProviderOutcome.TASK_FAILED_RETRYABLE, failed.outcome(), "seed 001 gives a failed task no code: the provider's own failure");
    assertEquals("FAILED", failed.rawStatus());
    assertEquals("content policy violation", failed.errorMessage());
    assertEquals(0.0, failed.cost(), "failed generations do not consume credits");
    assertNull(failed.videoUrl());
  }

  @Test
  void cancelIsNotOfferedAndSendsNothing() {
    assertFalse(provider.canCancel());
    assertFalse(provider.cancel("seed_anything"));
    assertEquals(0, sim.stats().at("/dialects/seedanceapi/cancels").asInt());
    assertEquals(0, sim.stats().at("/dialects/seedanceapi/statusCalls").asInt());
  }

  @Test
  void everyValidationCodeIsRejected() {
    assertProviderFailure(() -> provider.submit("j", request("   ", 4, "720p", "16:9", null, List.of()), null),
        "INVALID_PROMPT", 400, false);
    assertProviderFailure(() -> provider.submit("j", request("x".repeat(2001), 4, "720p", "16:9", null, List.of()), null),
        "INVALID_PROMPT", 400, false);
    assertProviderFailure(() -> provider.submit("j", request("x", 4, "720p", "7:3", null, List.of()), null),
        "INVALID_ASPECT_RATIO", 400, false);
    assertProviderFailure(() -> provider.submit("j", request("x", 4, "1080p", "16:9", null, List.of()), null),
        "INVALID_RESOLUTION", 400, false);
    assertProviderFailure(() -> provider.submit("j", request("x", 5, "720p", "16:9", null, List.of()), null),
        "INVALID_DURATION", 400, false);
    assertProviderFailure(() -> provider.submit("j", request("x", 4, "720p", "16:9",
        "https://img.example/a.png", List.of("https://img.example/b.png")), null), "TOO_MANY_IMAGES", 400, false);
    assertEquals(0, sim.stats().at("/dialects/seedanceapi/submitsAccepted").asInt());
  }

  @Test
  void invalidApiKeyIsRejected() {
    VideoProvider wrongKey = registry.require("wrong-key");
    ApplicationFailure f = assertProviderFailure(
        () -> wrongKey.submit("j", Accounts.text("wrong-key", "x"), null), "INVALID_API_KEY", 401, false);
    assertFalse(f.getOriginalMessage().contains("sk_not_the_key"));
  }

  @Test
  void insufficientCreditsIsRejected() {
    sim.faults("{\"dialect\":\"seedanceapi\",\"credits\":5}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text(ACCOUNT, "x"), null),
        "INSUFFICIENT_CREDITS", 402, false);
  }

  @Test
  void unknownTaskIsNotFound() {
    assertProviderFailure(() -> provider.status("seed_does_not_exist"), "TASK_NOT_FOUND", 404, false);
  }

  @Test
  void internalErrorIsTransient() {
    sim.faults("{\"submitErrors\":1}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text(ACCOUNT, "x"), null), "INTERNAL_ERROR", 500, true);
  }

  @Test
  void rateLimitIsTransientWithRetryAfter() {
    sim.faults("{\"dialect\":\"seedanceapi\",\"rateLimited\":1,\"retryAfterSeconds\":5}");
    ApplicationFailure f = assertProviderFailure(() -> provider.status("seed_x"), "RATE_LIMITED", 429, true);
    assertEquals(Duration.ofSeconds(5), f.getNextRetryDelay());
  }

  @Test
  void otherModelsAreRefusedBeforeSending() {
    GenerationRequest fast = new GenerationRequest(ACCOUNT, "seedance-2.0-fast", "x", 4, "720p", "16:9",
        false, false, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", fast, null), "unsupported_model", 0, false);
    assertEquals(0, sim.stats().at("/dialects/seedanceapi/submitsAttempted").asInt());
  }
}
