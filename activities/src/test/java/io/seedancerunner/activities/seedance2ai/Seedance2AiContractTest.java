package io.seedancerunner.activities.seedance2ai;

import static io.seedancerunner.activities.support.FailureAsserts.assertProviderFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.provider.SubmitAttempt;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.Polling;
import io.seedancerunner.activities.support.SimulatorServer;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seedance2ai adapter against the real simulator (seed 003): the three modes, every status,
 * every code of the error table with its classification, the quota's 429 with Retry-After, the
 * Idempotency-Key and the reconciliation of an ambiguous submit, and the missing cancel and
 * callbacks. Every test but the quota's lifts the simulator's quota (30 requests per 60 s), since
 * polling alone would exceed it.
 */
class Seedance2AiContractTest {

  static final String ACCOUNT = "sim-seedance2ai";
  static final String KEY = "sk_live_simulator_seedance2ai";

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
    String base = sim.url() + "/sim/seedance2ai";
    ProviderConfig impatient = Accounts.account("impatient", "seedance2ai", base, KEY);
    impatient.setSubmitTimeout(Duration.ofSeconds(1));
    registry = new ProviderRegistry(List.of(
        Accounts.account(ACCOUNT, "seedance2ai", base, KEY),
        Accounts.account("wrong-key", "seedance2ai", base, "sk_live_not_the_key"),
        impatient), new ObjectMapper());
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
    sim.faults("{\"seedance2aiQuota\":{\"requests\":100000,\"windowSeconds\":60}}");
  }

  static GenerationRequest request(String model, String prompt, String resolution, String firstFrame,
      String lastFrame, List<String> images, List<String> videosRefs, Long seed) {
    return new GenerationRequest(ACCOUNT, model, prompt, 4, resolution, "16:9", false, false, firstFrame, lastFrame,
        images, videosRefs, List.of(), new GenerationOptions(seed, null, null, null, null, null));
  }

  @Test
  void textToVideoIsProcessingThenCompletedWithALastFrameAndItsCost() throws Exception {
    sim.faults("{\"generationSeconds\":1.5}");
    SubmitReceipt receipt = provider.submit("job-s2-1", Accounts.text(ACCOUNT, "a glass train on a bridge"), null);
    assertTrue(receipt.providerTaskId().startsWith("sd2_"), receipt.providerTaskId());
    assertEquals(TaskState.RUNNING, receipt.state(), "processing at once (seed 003)");
    assertEquals(24.0, receipt.cost(), "credits_used: standard 720p 4 s = 6 x 4");
    assertFalse(receipt.cancellable());
    assertNull(receipt.estimatedSeconds(), "seedance2ai gives no time hint");

    TaskSnapshot running = provider.status(receipt.providerTaskId());
    assertEquals(TaskState.RUNNING, running.state());
    assertEquals("processing", running.rawStatus());
    assertNull(running.videoUrl());
    assertNull(running.lastFrameUrl());

    TaskSnapshot done = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.SUCCEEDED, done.state(), done.toString());
    assertEquals("completed", done.rawStatus());
    assertEquals(sim.url() + "/sim/files/" + receipt.providerTaskId() + ".mp4", done.videoUrl());
    assertEquals(sim.url() + "/sim/seedance2ai/frames/" + receipt.providerTaskId() + ".png", done.lastFrameUrl());
    assertEquals(24.0, done.cost(), "credits_used - credits_refunded");
    assertNull(done.errorCode());
    HttpResponse<String> frame = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(done.lastFrameUrl())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, frame.statusCode(), "the last frame is served");
  }

  @Test
  void imageToVideoWithFirstAndLastFrameOnPro() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    GenerationRequest req = request("seedance-2.0-pro", "the cat turns its head", "720p",
        "https://img.example/first.png", "https://img.example/last.png", List.of(), List.of(), 42L);
    SubmitReceipt receipt = provider.submit("job-s2-2", req, null);
    assertEquals(40.0, receipt.cost(), "pro 720p 4 s = 10 x 4 (chosen)");
    TaskSnapshot done = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.SUCCEEDED, done.state(), done.toString());
    assertNotNull(done.lastFrameUrl());
  }

  @Test
  void mediaToVideoWithReferenceImagesAndVideosOnMini() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    GenerationRequest req = request("seedance-2.0-mini", "use the references", "720p", null, null,
        List.of("https://img.example/a.png", "https://img.example/b.png"), List.of("https://cdn.example/clip.mp4"), null);
    SubmitReceipt receipt = provider.submit("job-s2-3", req, null);
    assertEquals(16.0, receipt.cost(), "mini 720p 4 s = 4 x 4 (chosen)");
    assertEquals(TaskState.SUCCEEDED, Polling.untilTerminal(provider, receipt.providerTaskId()).state());
  }

  @Test
  void failedTaskIsRefundedSoItCostsNothing() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-s2-4", Accounts.text(ACCOUNT, "anything [sim:fail]"), null);
    TaskSnapshot failed = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.FAILED, failed.state());
    assertEquals(ProviderOutcome.MODERATED, failed.outcome(), "content_policy_violation");
    assertEquals("failed", failed.rawStatus());
    assertEquals("content_policy_violation", failed.errorCode());
    assertNotNull(failed.errorMessage());
    assertEquals(0.0, failed.cost(), "credits_used 24 - credits_refunded 24");
    assertNull(failed.videoUrl());
    assertNull(failed.lastFrameUrl());
  }

  @Test
  void invalidRequestIsRejected() {
    assertProviderFailure(() -> provider.submit("j", Accounts.text(ACCOUNT, "ab"), null), "invalid_request", 400, false);
    GenerationRequest fourK = request("seedance-2.0", "sharp", "4k", null, null, List.of(), List.of(), null);
    assertProviderFailure(() -> provider.submit("j", fourK, null), "invalid_request", 400, false);
    assertEquals(0, sim.stats().at("/dialects/seedance2ai/submitsAccepted").asInt());
  }

  @Test
  void unauthorizedIsRejectedWithoutTheKeyInTheMessage() {
    VideoProvider wrongKey = registry.require("wrong-key");
    ApplicationFailure f = assertProviderFailure(
        () -> wrongKey.submit("j", Accounts.text("wrong-key", "a boat"), null), "unauthorized", 401, false);
    assertFalse(f.getOriginalMessage().contains("sk_live_not_the_key"));
    assertProviderFailure(() -> wrongKey.status("sd2_x"), "unauthorized", 401, false);
  }

  @Test
  void insufficientCreditsIsRejected() {
    sim.faults("{\"dialect\":\"seedance2ai\",\"credits\":10}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text(ACCOUNT, "a boat"), null),
        "insufficient_credits", 402, false);
  }

  @Test
  void unknownTaskIsNotFound() {
    assertProviderFailure(() -> provider.status("sd2_does_not_exist"), "not_found", 404, false);
  }

  @Test
  void serviceBusyIsTransient() {
    sim.faults("{\"seedance2aiServiceBusy\":2}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text(ACCOUNT, "a boat"), null), "service_busy", 503, true);
    assertProviderFailure(() -> provider.status("sd2_x"), "service_busy", 503, true);
  }

  @Test
  void internalErrorIsTransient() {
    sim.faults("{\"submitErrors\":1,\"dialect\":\"seedance2ai\"}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text(ACCOUNT, "a boat"), null), "internal_error", 500, true);
  }

  @Test
  void theQuotaAnswers429WithRetryAfterAsTheNextRetryDelay() {
    sim.faults("{\"seedance2aiQuota\":{\"requests\":2,\"windowSeconds\":30}}");
    assertProviderFailure(() -> provider.status("sd2_a"), "not_found", 404, false);
    assertProviderFailure(() -> provider.status("sd2_b"), "not_found", 404, false);
    ApplicationFailure limited = assertProviderFailure(
        () -> provider.submit("j", Accounts.text(ACCOUNT, "a boat"), null), "rate_limited", 429, true);
    Duration delay = limited.getNextRetryDelay();
    assertNotNull(delay, "Retry-After becomes the next retry delay");
    assertTrue(delay.getSeconds() >= 1 && delay.getSeconds() <= 30, delay.toString());
    assertEquals(1, sim.stats().at("/dialects/seedance2ai/rateLimited").asInt());
    assertEquals(0, sim.stats().at("/dialects/seedance2ai/submitsAccepted").asInt());
  }

  @Test
  void theRateLimitedFaultIsTransientWithItsRetryAfter() {
    sim.faults("{\"dialect\":\"seedance2ai\",\"rateLimited\":1,\"retryAfterSeconds\":5}");
    ApplicationFailure f = assertProviderFailure(() -> provider.status("sd2_x"), "rate_limited", 429, true);
    assertEquals(Duration.ofSeconds(5), f.getNextRetryDelay());
  }

  @Test
  void theSameIdempotencyKeyGivesTheSameTaskAndAnotherBodyIsAConflict() {
    GenerationRequest boat = Accounts.text(ACCOUNT, "a boat at dawn");
    SubmitReceipt first = provider.submit(new SubmitAttempt("job-s2-5", "job-s2-5-a1", boat, null));
    SubmitReceipt again = provider.submit(new SubmitAttempt("job-s2-5", "job-s2-5-a1", boat, null));
    assertEquals(first.providerTaskId(), again.providerTaskId());
    assertEquals(1, sim.stats().at("/dialects/seedance2ai/submitsAccepted").asInt());

    GenerationRequest other = Accounts.text(ACCOUNT, "a boat at dusk");
    assertProviderFailure(() -> provider.submit(new SubmitAttempt("job-s2-5", "job-s2-5-a1", other, null)),
        "idempotency_conflict", 409, false);
    SubmitReceipt second = provider.submit(new SubmitAttempt("job-s2-5", "job-s2-5-a2", other, null));
    assertFalse(second.providerTaskId().equals(first.providerTaskId()), "a new attempt key is a new task");
  }

  @Test
  void anAmbiguousSubmitIsReconciledByRepeatingItWithTheSameKey() throws Exception {
    sim.faults("{\"slowSubmits\":1,\"dialect\":\"seedance2ai\",\"slowSubmitSeconds\":3}");
    VideoProvider impatient = registry.require("impatient");
    SubmitAttempt attempt = new SubmitAttempt("job-s2-6", "job-s2-6-a1", Accounts.text("impatient", "slow answer"), null);
    ApplicationFailure lost = assertThrows(ApplicationFailure.class, () -> impatient.submit(attempt));
    assertEquals(Failures.AMBIGUOUS_SUBMIT, lost.getType(), lost.getOriginalMessage());
    assertTrue(lost.isNonRetryable());
    assertEquals(1, sim.stats().at("/dialects/seedance2ai/submitsAccepted").asInt(), "the task exists");

    Instant now = Instant.now();
    ApplicationFailure running = assertProviderFailure(
        () -> impatient.reconcile(attempt, now.minusSeconds(60), now), "idempotency_conflict", 409, true);
    assertTrue(running.getOriginalMessage().contains("still running"), running.getOriginalMessage());

    Reconciliation found = awaitReconciliation(impatient, attempt);
    assertEquals(Reconciliation.Outcome.FOUND, found.outcome());
    String taskId = found.receipt().providerTaskId();
    assertEquals(1, sim.stats().at("/dialects/seedance2ai/submitsAccepted").asInt(), "no second task");
    assertEquals(1, sim.stats().at("/dialects/seedance2ai/slowSubmits").asInt());
    assertTrue(found.detail().contains("job-s2-6-a1"), found.detail());
    assertEquals(TaskState.SUCCEEDED, Polling.untilTerminal(impatient, taskId).state());
  }

  /** Asks again while the held-back submit is still running, as the activity retry would. */
  private static Reconciliation awaitReconciliation(VideoProvider p, SubmitAttempt attempt) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        return p.reconcile(attempt, Instant.now().minusSeconds(60), Instant.now());
      } catch (ApplicationFailure f) {
        if (!Failures.PROVIDER_TRANSIENT.equals(f.getType()) || System.nanoTime() > deadline) {
          throw f;
        }
        Thread.sleep(250);
      }
    }
  }

  @Test
  void reconcilingASubmitThatNeverArrivedCreatesItsTaskOnce() {
    SubmitAttempt attempt = new SubmitAttempt("job-s2-7", "job-s2-7-a1", Accounts.text(ACCOUNT, "never sent"), null);
    Instant now = Instant.now();
    Reconciliation first = provider.reconcile(attempt, now.minusSeconds(60), now);
    Reconciliation second = provider.reconcile(attempt, now.minusSeconds(60), now);
    assertEquals(Reconciliation.Outcome.FOUND, first.outcome());
    assertEquals(first.receipt().providerTaskId(), second.receipt().providerTaskId());
    assertEquals(1, sim.stats().at("/dialects/seedance2ai/submitsAccepted").asInt());
  }

  @Test
  void cancelIsNotOfferedAndSendsNothing() {
    assertFalse(provider.canCancel());
    assertFalse(provider.cancel("sd2_anything"));
    assertEquals(0, sim.stats().at("/dialects/seedance2ai/statusCalls").asInt());
  }

  @Test
  void aSeedOnMiniAndAnUnknownModelAreRefusedBeforeSending() {
    GenerationRequest seeded = request("seedance-2.0-mini", "a boat", "720p", null, null, List.of(), List.of(), 7L);
    assertProviderFailure(() -> provider.submit("j", seeded, null), "unsupported_option", 0, false);
    GenerationRequest fast = request("seedance-2.0-fast", "a boat", "720p", null, null, List.of(), List.of(), null);
    assertProviderFailure(() -> provider.submit("j", fast, null), "unsupported_model", 0, false);
    assertEquals(0, sim.stats().at("/dialects/seedance2ai/submitsAttempted").asInt());
  }
}
