package io.seedancerunner.activities.unified;

import static io.seedancerunner.activities.support.FailureAsserts.assertProviderFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.provider.SubmitAttempt;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.Polling;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unified adapter against the real simulator (seed 004): text-to-video (its only mode), every
 * status, every error the simulator gives with its classification, cancel, the callback's
 * delivery with a retry and its body, and the ambiguous submit under {@code slowSubmits}.
 */
class UnifiedContractTest {

  static final String ACCOUNT = "sim-unified";
  static final String MODEL = "seedance-2.0-text-to-video";

  @TempDir
  static Path videos;

  private static UnifiedSimulator sim;
  private static ProviderRegistry registry;
  private static VideoProvider provider;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void start() {
    sim = UnifiedSimulator.start(videos);
    newAccounts();
  }

  /** Fresh accounts for each test: an account's rate gate remembers a 429's Retry-After. */
  private static void newAccounts() {
    ProviderConfig impatient = Accounts.account("impatient", "unified", sim.base(), UnifiedSimulator.KEY);
    impatient.setSubmitTimeout(Duration.ofSeconds(1));
    registry = new ProviderRegistry(List.of(
        Accounts.account(ACCOUNT, "unified", sim.base(), UnifiedSimulator.KEY),
        Accounts.account("wrong-key", "unified", sim.base(), "sk-not-the-key"),
        impatient), MAPPER);
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

  static GenerationRequest text(String prompt, int seconds, String resolution, Boolean contentFilter) {
    return new GenerationRequest(ACCOUNT, MODEL, prompt, seconds, resolution, "adaptive", true, false, null, null,
        List.of(), List.of(), List.of(), new GenerationOptions(null, null, null, null, null, contentFilter));
  }

  @Test
  void aTaskIsPendingThenProcessingThenCompletedWithItsEstimateAndCost() throws Exception {
    sim.faults("{\"generationSeconds\":3}");
    SubmitReceipt receipt = provider.submit("job-u-1", text("a glass frog", 4, "720p", null), null);
    assertTrue(receipt.providerTaskId().startsWith("task-unified-"), receipt.providerTaskId());
    assertEquals(TaskState.QUEUED, receipt.state(), "pending");
    assertEquals(3, receipt.estimatedSeconds(), "task_info.estimated_time");
    assertEquals(80.0, receipt.cost(), "usage.credits_reserved: 720p 4 s = 20 x 4 (chosen)");
    assertTrue(receipt.cancellable(), "task_info.can_cancel");

    TaskSnapshot pending = provider.status(receipt.providerTaskId());
    assertEquals(TaskState.QUEUED, pending.state());
    assertEquals("pending", pending.rawStatus());
    TaskSnapshot running = Polling.until(provider, receipt.providerTaskId(), TaskState.RUNNING);
    assertEquals("processing", running.rawStatus());
    assertNotNull(running.progressPercent());
    assertNull(running.videoUrl());

    TaskSnapshot done = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.SUCCEEDED, done.state(), done.toString());
    assertEquals("completed", done.rawStatus());
    assertEquals(100, done.progressPercent());
    assertEquals(sim.url() + "/sim/files/" + receipt.providerTaskId() + ".mp4", done.videoUrl());
    assertEquals(80.0, done.cost());
  }

  @Test
  void theContentFilterOffCostsOnePointOneTimes() {
    assertEquals(44.0, provider.submit("job-u-2", text("relaxed", 4, "480p", false), null).cost(), "40 x 1.1");
    assertEquals(40.0, provider.submit("job-u-3", text("strict", 4, "480p", true), null).cost());
  }

  @Test
  void failedTaskCarriesItsErrorAndReleasesItsCredits() throws Exception {
    SubmitReceipt receipt = provider.submit("job-u-4", text("x [sim:fail]", 4, "480p", null), null);
    TaskSnapshot failed = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.FAILED, failed.state());
    assertEquals(ProviderOutcome.MODERATED, failed.outcome(), "content_policy_violation");
    assertEquals("failed", failed.rawStatus());
    assertEquals("content_policy_violation", failed.errorCode());
    assertNotNull(failed.errorMessage());
    assertNull(failed.videoUrl());
    assertEquals(0.0, failed.cost(), "credits_reserved released");
  }

  @Test
  void cancelEndsAPendingTaskAndAFinishedOneCannotBeCancelled() throws Exception {
    sim.faults("{\"generationSeconds\":30}");
    SubmitReceipt receipt = provider.submit("job-u-5", text("stop me", 4, "480p", null), null);
    assertTrue(provider.canCancel());
    assertTrue(provider.cancel(receipt.providerTaskId()));
    TaskSnapshot cancelled = provider.status(receipt.providerTaskId());
    assertEquals(TaskState.CANCELLED, cancelled.state());
    assertEquals("cancelled", cancelled.rawStatus());
    assertEquals(0.0, cancelled.cost());
    assertEquals(1, sim.stats().at("/dialects/unified/cancels").asInt());

    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt quick = provider.submit("job-u-6", text("too late", 4, "480p", null), null);
    Polling.until(provider, quick.providerTaskId(), TaskState.SUCCEEDED);
    assertProviderFailure(() -> provider.cancel(quick.providerTaskId()), "invalid_request_error", 400, false);
  }

  @Test
  void invalidRequestIsRejected() {
    assertProviderFailure(() -> provider.submit("j", text("x", 3, "720p", null), null), "invalid_request_error", 400, false);
    assertProviderFailure(() -> provider.submit("j", text("x", 4, "4k", null), null), "invalid_request_error", 400, false);
    assertProviderFailure(() -> provider.submit("j", text("p".repeat(5001), 4, "720p", null), null),
        "invalid_request_error", 400, false);
    assertEquals(0, sim.stats().at("/dialects/unified/submitsAccepted").asInt());
  }

  @Test
  void authenticationErrorIsRejectedWithoutTheKeyInTheMessage() {
    VideoProvider wrongKey = registry.require("wrong-key");
    ApplicationFailure f = assertProviderFailure(
        () -> wrongKey.submit("j", text("a boat", 4, "480p", null), null), "authentication_error", 401, false);
    assertFalse(f.getOriginalMessage().contains("sk-not-the-key"));
    assertProviderFailure(() -> wrongKey.status("task-unified-1-x"), "authentication_error", 401, false);
  }

  @Test
  void insufficientQuotaIsRejected() {
    sim.faults("{\"dialect\":\"unified\",\"credits\":10}");
    assertProviderFailure(() -> provider.submit("j", text("a boat", 4, "480p", null), null),
        "insufficient_quota_error", 402, false);
  }

  @Test
  void unknownTaskIsNotFound() {
    assertProviderFailure(() -> provider.status("task-unified-1-nope"), "not_found_error", 404, false);
    assertProviderFailure(() -> provider.cancel("task-unified-1-nope"), "not_found_error", 404, false);
  }

  @Test
  void rateLimitIsTransientWithRetryAfterAsTheNextRetryDelay() {
    sim.faults("{\"dialect\":\"unified\",\"rateLimited\":2,\"retryAfterSeconds\":7}");
    ApplicationFailure submit = assertProviderFailure(
        () -> provider.submit("j", text("a boat", 4, "480p", null), null), "rate_limit_error", 429, true);
    assertEquals(Duration.ofSeconds(7), submit.getNextRetryDelay());
    // The account's gate holds every request until the Retry-After has passed: nothing is sent.
    ApplicationFailure status = org.junit.jupiter.api.Assertions.assertThrows(ApplicationFailure.class, () -> provider.status("task-unified-1-x"));
    org.junit.jupiter.api.Assertions.assertTrue(status.getOriginalMessage().contains("rate_limited_locally"),
        status.getOriginalMessage());
    org.junit.jupiter.api.Assertions.assertTrue(status.getNextRetryDelay().compareTo(Duration.ofSeconds(7)) <= 0
        && !status.getNextRetryDelay().isNegative(), String.valueOf(status.getNextRetryDelay()));
    assertEquals(0, sim.stats().at("/dialects/unified/statusCalls").asInt(), "the refused status call was not sent");
  }

  @Test
  void internalServerErrorIsTransient() {
    sim.faults("{\"dialect\":\"unified\",\"submitErrors\":1}");
    assertProviderFailure(() -> provider.submit("j", text("a boat", 4, "480p", null), null),
        "internal_server_error", 500, true);
  }

  @Test
  void aSlowSubmitIsAmbiguousAndCannotBeReconciled() throws Exception {
    sim.faults("{\"dialect\":\"unified\",\"slowSubmits\":1,\"slowSubmitSeconds\":3}");
    VideoProvider impatient = registry.require("impatient");
    GenerationRequest r = new GenerationRequest("impatient", MODEL, "slow answer", 4, "480p", "16:9", false, false,
        null, null, List.of());
    ApplicationFailure lost = assertThrows(ApplicationFailure.class, () -> impatient.submit("job-u-7", r, null));
    assertEquals(Failures.AMBIGUOUS_SUBMIT, lost.getType(), lost.getOriginalMessage());
    assertTrue(lost.isNonRetryable());
    assertEquals(1, sim.stats().at("/dialects/unified/submitsAccepted").asInt(), "the task exists and bills");
    Reconciliation r2 = impatient.reconcile(new SubmitAttempt("job-u-7", SubmitAttempt.key("job-u-7", 1), r, null),
        Instant.now().minusSeconds(60), Instant.now());
    assertEquals(Reconciliation.Outcome.UNSUPPORTED, r2.outcome(), "no idempotency key, no task list");
  }

  @Test
  void theCallbackIsDeliveredRetriedAndCarriesTheTaskQueryFormat() throws Exception {
    AtomicInteger posts = new AtomicInteger();
    try (TinyHttpServer receiver = TinyHttpServer.raw(req -> {
      String status = posts.incrementAndGet() == 1 ? "500 Refused" : "200 OK";
      return ("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    })) {
      // The adapter leaves a plain-http loopback URL out (see the wire test), so this submit is raw.
      HttpResponse<String> created = sim.post("/sim/unified/v1/videos/generations", "{\"model\":\"" + MODEL + "\","
          + "\"prompt\":\"call me\",\"duration\":4,\"quality\":\"480p\",\"callback_url\":\"" + receiver.baseUrl()
          + "/hooks/job-u-8\"}", UnifiedSimulator.KEY);
      assertEquals(200, created.statusCode(), created.body());
      String id = MAPPER.readTree(created.body()).get("id").asText();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (receiver.requests().size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      List<TinyHttpServer.Recorded> got = receiver.requests();
      assertEquals(2, got.size(), "refused once, then retried");
      assertEquals("POST /hooks/job-u-8 HTTP/1.1", got.get(1).line());
      assertEquals(got.get(0).body(), got.get(1).body(), "the retry sends the same body");
      JsonNode payload = MAPPER.readTree(got.get(1).body());
      assertEquals(id, payload.get("id").asText());
      assertEquals("completed", payload.get("status").asText());
      assertEquals("video.generation.task", payload.get("object").asText());
      TaskSnapshot truth = provider.status(id);
      assertEquals(truth.rawStatus(), payload.get("status").asText());
      assertEquals(truth.videoUrl(), payload.get("results").get(0).asText());
      assertEquals(truth.cost(), payload.get("usage").get("credits_reserved").asDouble());
    }
  }

  @Test
  void inputsAndOptionsTheModelCannotTakeAreRefusedBeforeSending() {
    GenerationRequest image = new GenerationRequest(ACCOUNT, MODEL, "x", 4, "720p", "16:9", false, false,
        "https://img.example/a.png", null, List.of());
    assertProviderFailure(() -> provider.submit("j", image, null), "unsupported_input", 0, false);
    GenerationRequest seeded = new GenerationRequest(ACCOUNT, MODEL, "x", 4, "720p", "16:9", false, false, null, null,
        List.of(), List.of(), List.of(), new GenerationOptions(3L, null, null, null, null, null));
    assertProviderFailure(() -> provider.submit("j", seeded, null), "unsupported_option", 0, false);
    GenerationRequest other = new GenerationRequest(ACCOUNT, "seedance-2.0", "x", 4, "720p", "16:9", false, false,
        null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", other, null), "unsupported_model", 0, false);
    assertEquals(0, sim.stats().at("/dialects/unified/submitsAttempted").asInt());
  }
}
