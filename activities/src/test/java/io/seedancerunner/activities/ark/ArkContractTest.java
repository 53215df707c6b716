package io.seedancerunner.activities.ark;

import static io.seedancerunner.activities.support.FailureAsserts.assertProviderFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.StreamingHttpClient;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.download.FetchResult;
import io.seedancerunner.activities.download.RangeFetcher;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.provider.ProviderHttp;
import io.seedancerunner.activities.provider.SubmitAttempt;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.Polling;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.catalog.ArkCatalogue;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ark adapter against the real simulator: every input mode and option, every status, every
 * error code the simulator answers with its classification, 429 with Retry-After, the queued-task
 * cap, cancel, callbacks, the list, reconciliation (also after a slow submit) and the download of
 * the presigned result URL.
 */
class ArkContractTest {

  private static final String STANDARD = ArkCatalogue.SEEDANCE_2_0;
  private static final String FAST = ArkCatalogue.SEEDANCE_2_0_FAST;
  private static final String PRO_1_5 = ArkCatalogue.SEEDANCE_1_5_PRO;
  /** 480p 16:9 = 864 × 496 pixels: 864 × 496 × 24 / 1024 = 10044 tokens per second. */
  private static final double TOKENS_PER_SECOND = 10044;
  private static final int CAP = 4;

  @TempDir
  static Path videos;

  @TempDir
  Path dir;

  private static ArkSimulator sim;
  private static ProviderRegistry registry;
  private static ArkProvider provider;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void start() {
    sim = ArkSimulator.start(videos, Map.of(
        "simulator.ark.min-execution-expires-after", 1,
        "simulator.ark.max-queued-tasks", CAP,
        "simulator.ark.unopened-models", FAST));
    newAccounts();
  }

  /** Fresh accounts for each test: an account's rate gate remembers a 429's Retry-After. */
  private static void newAccounts() {
    ProviderConfig slow = Accounts.account("slow-ark", "ark", sim.base(), ArkSimulator.KEY);
    slow.setSubmitTimeout(Duration.ofSeconds(1));
    registry = new ProviderRegistry(List.of(
        Accounts.account("sim-ark", "ark", sim.base(), ArkSimulator.KEY),
        Accounts.account("wrong-key", "ark", sim.base(), "ark_not_the_key"),
        slow), MAPPER);
    provider = (ArkProvider) registry.require("sim-ark");
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

  private static GenerationRequest request(String model, String prompt, String first, String last, List<String> images,
      List<String> videos, List<String> audio, GenerationOptions options) {
    return new GenerationRequest("sim-ark", model, prompt, 4, "480p", "16:9", true, false, first, last, images, videos,
        audio, options);
  }

  private static GenerationRequest text(String prompt) {
    return request(STANDARD, prompt, null, null, List.of(), List.of(), List.of(), GenerationOptions.NONE);
  }

  private static GenerationRequest mode(String mode) {
    String img = "https://img.example/";
    return switch (mode) {
      case "text" -> text("a lighthouse at dusk");
      case "first-frame" -> request(STANDARD, "it turns", img + "first.png", null, List.of(), List.of(), List.of(),
          GenerationOptions.NONE);
      case "first-last-frame" -> request(STANDARD, "morph", img + "first.png", img + "last.png", List.of(), List.of(),
          List.of(), GenerationOptions.NONE);
      case "reference-images" -> request(STANDARD, "both", null, null, List.of(img + "a.png", img + "b.png"), List.of(),
          List.of(), GenerationOptions.NONE);
      case "reference-video" -> request(STANDARD, "continue", null, null, List.of(), List.of("https://v.example/ref.mp4"),
          List.of(), GenerationOptions.NONE);
      case "reference-audio" -> request(STANDARD, "", null, null, List.of(img + "singer.png"), List.of(),
          List.of("https://a.example/song.wav"), GenerationOptions.NONE);
      default -> throw new IllegalArgumentException(mode);
    };
  }

  /** @return the roles of the task's {@code request_content} items, as the simulator echoes them */
  private static List<String> roles(JsonNode task) {
    return StreamSupport.stream(task.get("request_content").spliterator(), false)
        .map(i -> i.path("role").asText(i.path("type").asText())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "first-frame", "first-last-frame", "reference-images", "reference-video", "reference-audio"})
  void everyInputModeSucceedsWithAPresignedVideoAndItsTokens(String mode) throws Exception {
    SubmitReceipt receipt = provider.submit("job-" + mode, mode(mode), null);
    assertTrue(receipt.providerTaskId().startsWith("cgt-"), receipt.providerTaskId());
    assertEquals(new SubmitReceipt(receipt.providerTaskId(), TaskState.QUEUED, null, null, true), receipt);

    TaskSnapshot done = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.SUCCEEDED, done.state(), done.toString());
    assertEquals("succeeded", done.rawStatus());
    assertTrue(done.videoUrl().startsWith(sim.url() + "/sim/ark/tos/" + receipt.providerTaskId() + "/video.mp4?"),
        done.videoUrl());
    assertNull(done.lastFrameUrl(), "no last frame unless asked");
    double inputSeconds = mode.equals("reference-video") ? 5 : 0;
    assertEquals((4 + inputSeconds) * TOKENS_PER_SECOND, done.cost(), "cost = usage.total_tokens");

    List<String> expected = switch (mode) {
      case "text" -> List.of("text");
      case "first-frame" -> List.of("text", "first_frame");
      case "first-last-frame" -> List.of("text", "first_frame", "last_frame");
      case "reference-images" -> List.of("text", "reference_image", "reference_image");
      case "reference-video" -> List.of("text", "reference_video");
      default -> List.of("reference_image", "reference_audio");
    };
    assertEquals(expected, roles(sim.task(receipt.providerTaskId())));
  }

  @Test
  void everyOptionReachesTheWireAndTheLastFrameComesBack() throws Exception {
    GenerationOptions options = new GenerationOptions(42L, true, "flex", true, 3600, null);
    GenerationRequest r = new GenerationRequest("sim-ark", PRO_1_5, "a slow pan", 4, "480p", "16:9", false, true,
        "https://img.example/first.png", null, List.of(), List.of(), List.of(), options);
    SubmitReceipt receipt = provider.submit("job-options", r, null);
    TaskSnapshot done = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.SUCCEEDED, done.state(), done.toString());
    assertNotNull(done.lastFrameUrl());
    assertTrue(done.lastFrameUrl().contains("/last_frame.png?"), done.lastFrameUrl());
    JsonNode task = sim.task(receipt.providerTaskId());
    assertEquals(42, task.get("seed").asLong());
    assertTrue(task.get("watermark").asBoolean());
    assertEquals("flex", task.get("service_tier").asText());
    assertEquals(3600, task.get("execution_expires_after").asInt());
    assertTrue(task.get("camera_fixed").asBoolean(), "fixedLens → camera_fixed");
    assertFalse(task.get("generate_audio").asBoolean());
    HttpResponse<String> png = sim.send("GET", done.lastFrameUrl(), null, null);
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void theProvidersOwnPerModelRulesAreRejectionsNamingTheField() {
    GenerationRequest fixedOnStandard = new GenerationRequest("sim-ark", STANDARD, "x", 4, "480p", "16:9", false, true,
        null, null, List.of());
    ApplicationFailure f = assertProviderFailure(() -> provider.submit("j", fixedOnStandard, null),
        "InvalidParameter", 400, false);
    assertTrue(f.getOriginalMessage().contains("camera_fixed"), f.getOriginalMessage());
  }

  @Test
  void queuedThenRunningThenSucceeded() throws Exception {
    sim.faults("{\"generationSeconds\":3}");
    String id = provider.submit("job-flow", text("flow"), null).providerTaskId();
    TaskSnapshot queued = provider.status(id);
    assertEquals(TaskState.QUEUED, queued.state());
    assertEquals("queued", queued.rawStatus());
    assertNull(queued.videoUrl());
    assertNull(queued.cost(), "billed only once succeeded");
    TaskSnapshot running = Polling.until(provider, id, TaskState.RUNNING);
    assertEquals("running", running.rawStatus());
    assertNull(running.videoUrl());
    assertEquals(TaskState.SUCCEEDED, Polling.untilTerminal(provider, id).state());
  }

  @Test
  void aFailedTaskCarriesTheProvidersErrorCodeAndMessage() throws Exception {
    String id = provider.submit("job-fail", text("anything [sim:fail]"), null).providerTaskId();
    TaskSnapshot failed = Polling.untilTerminal(provider, id);
    assertEquals(TaskState.FAILED, failed.state());
    assertEquals(ProviderOutcome.MODERATED, failed.outcome(), "InputTextSensitiveContentDetected is a moderation code");
    assertEquals("failed", failed.rawStatus());
    assertEquals("InputTextSensitiveContentDetected", failed.errorCode());
    assertNotNull(failed.errorMessage());
    assertNull(failed.videoUrl());
    assertNull(failed.cost(), "failed tasks are not billed");
  }

  @Test
  void aTaskStillQueuedAtItsExpiryIsExpired() throws Exception {
    sim.faults("{\"generationSeconds\":100}");
    GenerationRequest r = request(STANDARD, "expire", null, null, List.of(), List.of(), List.of(),
        new GenerationOptions(null, null, null, null, 1, null));
    String id = provider.submit("job-expire", r, null).providerTaskId();
    TaskSnapshot expired = Polling.untilTerminal(provider, id);
    assertEquals(TaskState.EXPIRED, expired.state());
    assertEquals("expired", expired.rawStatus());
    assertNull(expired.videoUrl());
  }

  @Test
  void cancelStopsAQueuedTaskAndAnswersFalseForARunningOne() throws Exception {
    sim.faults("{\"generationSeconds\":20}");
    String queued = provider.submit("job-c1", text("cancel me"), null).providerTaskId();
    assertTrue(provider.cancel(queued));
    TaskSnapshot cancelled = provider.status(queued);
    assertEquals(TaskState.CANCELLED, cancelled.state());
    assertEquals("cancelled", cancelled.rawStatus());

    String running = provider.submit("job-c2", text("too late"), null).providerTaskId();
    Polling.until(provider, running, TaskState.RUNNING);
    assertFalse(provider.cancel(running), "past the queue: the provider cannot cancel it");
    assertEquals(TaskState.RUNNING, provider.status(running).state());
    assertEquals(1, sim.stats().at("/dialects/ark/cancels").asInt(), "no DELETE is sent for a running task");

    assertFalse(provider.cancel(queued), "a cancelled task is past the queue too");
    assertEquals(1, sim.stats().at("/dialects/ark/cancels").asInt());
  }

  @Test
  void theSimulatorRefusesADeleteOfARunningTask() throws Exception {
    sim.faults("{\"generationSeconds\":20}");
    String running = provider.submit("job-d", text("running"), null).providerTaskId();
    Polling.until(provider, running, TaskState.RUNNING);
    HttpResponse<String> r = sim.send("DELETE", ArkSimulator.TASKS + "/" + running, null, ArkSimulator.KEY);
    assertEquals(400, r.statusCode());
    assertEquals("InvalidParameter", sim.json(r.body()).at("/error/code").asText());
  }

  @Test
  void callbacksArriveOnRunningAndOnSuccessAndReadLikeTheStatus() throws Exception {
    sim.faults("{\"generationSeconds\":2}");
    try (TinyHttpServer hooks = TinyHttpServer.answering(200, Map.of(), "{}")) {
      String id = provider.submit("job-hook", text("hooked"), hooks.baseUrl() + "/hook/job-hook").providerTaskId();
      TaskSnapshot done = Polling.untilTerminal(provider, id);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (hooks.requests().size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      List<TinyHttpServer.Recorded> got = hooks.requests();
      assertEquals(2, got.size(), got.toString());
      for (TinyHttpServer.Recorded hook : got) {
        assertEquals("POST /hook/job-hook HTTP/1.1", hook.line());
        assertNull(hook.headers().get("authorization"), "callbacks carry no credential");
      }
      TaskSnapshot first = provider.snapshot(id, MAPPER.readTree(got.get(0).body()));
      TaskSnapshot last = provider.snapshot(id, MAPPER.readTree(got.get(1).body()));
      assertEquals(TaskState.RUNNING, first.state());
      assertEquals(TaskState.SUCCEEDED, last.state());
      assertEquals(id, MAPPER.readTree(got.get(1).body()).get("id").asText());
      assertEquals(done.videoUrl(), last.videoUrl(), "the callback body is the task object");
      assertEquals(done.cost(), last.cost());
    }
  }

  @Test
  void errorCodesAreClassified() {
    assertProviderFailure(() -> provider.submit("j",
        new GenerationRequest("sim-ark", STANDARD, "x", 16, "480p", "16:9", false, false, null, null, List.of()), null),
        "InvalidParameter", 400, false);
    assertProviderFailure(() -> provider.submit("j",
        new GenerationRequest("sim-ark", null, "x", 4, "480p", "16:9", false, false, null, null, List.of()), null),
        "MissingParameter", 400, false);
    VideoProvider wrongKey = registry.require("wrong-key");
    ApplicationFailure auth = assertProviderFailure(() -> wrongKey.submit("j", text("x"), null),
        "AuthenticationError", 401, false);
    assertFalse(auth.getOriginalMessage().contains("ark_not_the_key"), "no api key in failure messages");
    assertProviderFailure(() -> wrongKey.status("cgt-1"), "AuthenticationError", 401, false);
    assertProviderFailure(() -> provider.submit("j", request(FAST, "x", null, null, List.of(), List.of(), List.of(),
        GenerationOptions.NONE), null), "ModelNotOpen", 404, false);
    assertProviderFailure(() -> provider.submit("j", request("seedance-9", "x", null, null, List.of(), List.of(),
        List.of(), GenerationOptions.NONE), null), "InvalidEndpointOrModel.NotFound", 404, false);
    assertProviderFailure(() -> provider.status("cgt-missing"), "ResourceNotFound", 404, false);
    assertProviderFailure(() -> provider.cancel("cgt-missing"), "ResourceNotFound", 404, false);
    sim.faults("{\"submitErrors\":1}");
    assertProviderFailure(() -> provider.submit("j", text("x"), null), "InternalServiceError", 500, true);
    sim.faults("{\"dialect\":\"ark\",\"credits\":0}");
    ApplicationFailure overdue = assertThrows(ApplicationFailure.class, () -> provider.submit("j", text("x"), null));
    assertEquals(Failures.INSUFFICIENT_CREDITS, overdue.getType(), "an overdue account lacks credits");
    assertEquals("AccountOverdueError", overdue.getDetails().get(0, String.class));
    assertEquals(403, overdue.getDetails().get(1, Integer.class));
    assertEquals(0, sim.stats().get("tasks").asInt());
  }

  @Test
  void rateLimitIsTransientWithRetryAfterAsTheNextRetryDelay() {
    sim.faults("{\"rateLimited\":3,\"retryAfterSeconds\":3}");
    ApplicationFailure submit = assertProviderFailure(() -> provider.submit("j", text("x"), null),
        "RateLimitExceeded.EndpointRPMExceeded", 429, true);
    assertEquals(Duration.ofSeconds(3), submit.getNextRetryDelay());
    // The account's gate holds every request until the Retry-After has passed: nothing is sent.
    ApplicationFailure status = org.junit.jupiter.api.Assertions.assertThrows(ApplicationFailure.class, () -> provider.status("cgt-1"));
    org.junit.jupiter.api.Assertions.assertTrue(status.getOriginalMessage().contains("rate_limited_locally"),
        status.getOriginalMessage());
    org.junit.jupiter.api.Assertions.assertTrue(status.getNextRetryDelay().compareTo(Duration.ofSeconds(3)) <= 0
        && !status.getNextRetryDelay().isNegative(), String.valueOf(status.getNextRetryDelay()));
    assertEquals(0, sim.stats().at("/dialects/ark/statusCalls").asInt(), "the refused status call was not sent");
    assertEquals(0, sim.stats().at("/dialects/ark/submitsAccepted").asInt());
  }

  @Test
  void theQueuedTaskCapIsATransient429UntilATaskLeavesTheQueue() throws InterruptedException {
    sim.faults("{\"generationSeconds\":100,\"retryAfterSeconds\":1}");
    String first = null;
    for (int i = 0; i < CAP; i++) {
      String id = provider.submit("job-cap-" + i, text("cap " + i), null).providerTaskId();
      first = first == null ? id : first;
    }
    ApplicationFailure full = assertProviderFailure(() -> provider.submit("job-cap-x", text("one more"), null),
        "QuotaExceeded", 429, true);
    assertEquals(Duration.ofSeconds(1), full.getNextRetryDelay());
    assertEquals(CAP, sim.stats().get("tasks").asInt(), "no task for the refused create");
    Thread.sleep(1100); // the account's gate honours the 429's Retry-After for every request
    assertTrue(provider.cancel(first));
    assertNotNull(provider.submit("job-cap-y", text("room again"), null).providerTaskId());
  }

  @Test
  void theListFiltersByModelAndPages() {
    sim.faults("{\"generationSeconds\":100}");
    String a = provider.submit("l1", text("one"), null).providerTaskId();
    String b = provider.submit("l2", text("two"), null).providerTaskId();
    String c = provider.submit("l3", text("three"), null).providerTaskId();
    String pro = provider.submit("l4", request(PRO_1_5, "older", null, null, List.of(), List.of(), List.of(),
        GenerationOptions.NONE), null).providerTaskId();

    JsonNode page1 = provider.list(STANDARD, 1, 2);
    assertEquals(3, page1.get("total").asInt());
    assertEquals(List.of(c, b), ids(page1));
    assertEquals(List.of(a), ids(provider.list(STANDARD, 2, 2)));
    assertEquals(List.of(), ids(provider.list(STANDARD, 3, 2)));
    assertEquals(List.of(pro), ids(provider.list(PRO_1_5, 1, 100)));

    assertTrue(provider.cancel(b));
    assertEquals(List.of(b), ids(sim.list("filter.status=cancelled")));
    assertEquals(3, sim.list("filter.status=queued").get("total").asInt());
    assertEquals(List.of(c, a), ids(sim.list("filter.task_ids=" + a + "&filter.task_ids=" + c)));
    assertEquals(List.of(pro), ids(sim.list("filter.model=" + PRO_1_5 + "&filter.status=queued")));
  }

  private static List<String> ids(JsonNode page) {
    return StreamSupport.stream(page.get("items").spliterator(), false).map(t -> t.get("id").asText()).toList();
  }

  @Test
  void reconcileFindsTheOneMatchingTaskAndNamesSeveral() {
    sim.faults("{\"generationSeconds\":100}");
    Instant start = Instant.now();
    String mine = provider.submit("job-r", text("find me"), null).providerTaskId();
    provider.submit("job-other", text("someone else"), null);
    Instant end = Instant.now().plusSeconds(1);
    SubmitAttempt attempt = new SubmitAttempt("job-r", "job-r-a1", text("find me"), null);

    Reconciliation found = provider.reconcile(attempt, start, end);
    assertEquals(Reconciliation.Outcome.FOUND, found.outcome(), found.detail());
    assertEquals(new SubmitReceipt(mine, TaskState.QUEUED, null, null, true), found.receipt());
    assertTrue(found.detail().contains(mine), found.detail());
    assertFalse(found.detail().contains("find me"), "no prompt in the detail");

    assertEquals(Reconciliation.Outcome.NOT_FOUND, provider.reconcile(
        new SubmitAttempt("job-n", "job-n-a1", text("never sent"), null), start, end).outcome());
    assertEquals(Reconciliation.Outcome.NOT_FOUND, provider.reconcile(attempt, start.minusSeconds(120),
        start.minusSeconds(60)).outcome(), "outside the window");
    GenerationRequest longer = new GenerationRequest("sim-ark", STANDARD, "find me", 8, "480p", "16:9", true, false,
        null, null, List.of());
    assertEquals(Reconciliation.Outcome.NOT_FOUND, provider.reconcile(
        new SubmitAttempt("job-r", "job-r-a1", longer, null), start, end).outcome(), "another duration");

    String twin = provider.submit("job-r", text("find me"), null).providerTaskId();
    Reconciliation two = provider.reconcile(attempt, start, Instant.now().plusSeconds(1));
    assertEquals(Reconciliation.Outcome.AMBIGUOUS, two.outcome(), two.detail());
    assertNull(two.receipt());
    assertTrue(two.detail().contains(mine) && two.detail().contains(twin), two.detail());
  }

  @Test
  void reconcileWalksEveryPageAndReportsAnEndedTaskAsNotCancellable() throws Exception {
    Instant start = Instant.now();
    String mine = provider.submit("job-p", text("paged"), null).providerTaskId();
    provider.submit("job-p2", text("filler two"), null);
    provider.submit("job-p3", text("filler three"), null);
    Polling.until(provider, mine, TaskState.SUCCEEDED);
    Reconciliation found = new ArkReconciler(provider, 1).reconcile(text("paged"),
        ArkSeeds.derived(SubmitAttempt.key("job-p", 1)), start, Instant.now());
    assertEquals(Reconciliation.Outcome.FOUND, found.outcome(), found.detail());
    assertEquals(new SubmitReceipt(mine, TaskState.SUCCEEDED, null, null, false), found.receipt());
  }

  /**
   * The trial that left a job waiting for an operator: three other jobs' tasks of the same model,
   * duration and resolution in the window, and the list carries no prompt. The seed derived from
   * the job id and attempt tells the lost submit's task apart.
   */
  @Test
  void aLostSubmitAmongThreeTwinsIsAdoptedOnItsOwnByItsSeed() {
    sim.faults("{\"generationSeconds\":100}");
    Instant start = Instant.now();
    for (String other : List.of("job-t1", "job-t2", "job-t3")) {
      provider.submit(other, text("same shape"), null);
    }
    sim.faults("{\"generationSeconds\":100,\"slowSubmits\":1,\"slowSubmitSeconds\":3}");
    VideoProvider slow = registry.require("slow-ark");
    GenerationRequest r = text("same shape").withProvider("slow-ark");
    ApplicationFailure lost = assertThrows(ApplicationFailure.class, () -> slow.submit("job-lost", r, null));
    assertEquals(Failures.AMBIGUOUS_SUBMIT, lost.getType(), lost.getOriginalMessage());
    Instant end = Instant.now();
    assertEquals(4, sim.list("page_size=100").get("total").asInt(), "four tasks of one shape in the window");

    Reconciliation found = slow.reconcile(new SubmitAttempt("job-lost", SubmitAttempt.key("job-lost", 1), r, null),
        start, end);
    assertEquals(Reconciliation.Outcome.FOUND, found.outcome(), found.detail());
    JsonNode all = sim.list("page_size=100");
    assertEquals(4, all.get("total").asInt(), "reconciling made no second task");
    String seed = String.valueOf(ArkSeeds.derived(SubmitAttempt.key("job-lost", 1)));
    List<String> mine = StreamSupport.stream(all.get("items").spliterator(), false)
        .filter(t -> t.get("seed").asText().equals(seed)).map(t -> t.get("id").asText()).toList();
    assertEquals(List.of(found.receipt().providerTaskId()), mine, "the one task the lost submit made");
    assertTrue(found.detail().contains("seed " + seed), found.detail());
  }

  @Test
  void aSlowSubmitIsAmbiguousAndReconcileFindsTheOneTaskItMade() {
    sim.faults("{\"generationSeconds\":100,\"slowSubmits\":1,\"slowSubmitSeconds\":3}");
    VideoProvider slow = registry.require("slow-ark");
    GenerationRequest r = text("slow and lost").withProvider("slow-ark");
    Instant start = Instant.now();
    ApplicationFailure lost = assertThrows(ApplicationFailure.class, () -> slow.submit("job-slow", r, null));
    assertEquals(Failures.AMBIGUOUS_SUBMIT, lost.getType(), lost.getOriginalMessage());
    Instant end = Instant.now();

    Reconciliation found = slow.reconcile(new SubmitAttempt("job-slow", "job-slow-a1", r, null), start, end);
    assertEquals(Reconciliation.Outcome.FOUND, found.outcome(), found.detail());
    JsonNode all = sim.list("page_size=100");
    assertEquals(1, all.get("total").asInt(), "the lost submit made exactly one task");
    assertEquals(all.at("/items/0/id").asText(), found.receipt().providerTaskId());
    assertTrue(found.receipt().cancellable(), "still queued");
    assertEquals(1, sim.stats().at("/dialects/ark/slowSubmits").asInt());
  }

  @Test
  void thePresignedVideoDownloadsWithRangeWithoutTheApiKeyAndRefusesHead() throws Exception {
    String id = provider.submit("job-dl", text("download"), null).providerTaskId();
    String url = Polling.until(provider, id, TaskState.SUCCEEDED).videoUrl();
    assertEquals(Map.of(), provider.downloadHeaders(url), "a presigned URL carries its own credential");
    byte[] expected = sim.bytes(sim.url() + "/sim/files/" + id + ".mp4");

    DefaultHttpClientConfiguration c = new DefaultHttpClientConfiguration();
    c.setReadTimeout(Duration.ofSeconds(10));
    try (StreamingHttpClient client = StreamingHttpClient.create(null, c)) {
      RangeFetcher fetcher = new RangeFetcher(client);
      Path part = dir.resolve("clip.part");
      FetchResult whole = fetcher.fetch(url, provider.downloadHeaders(url), part, 0, n -> { });
      assertFalse(whole.incomplete(), whole.toString());
      byte[] full = Files.readAllBytes(part);
      assertEquals(whole.bytes(), full.length);
      try (RandomAccessFile f = new RandomAccessFile(part.toFile(), "rw")) {
        f.setLength(full.length / 2);
      }
      FetchResult resumed = fetcher.fetch(url, provider.downloadHeaders(url), part, full.length / 2, n -> { });
      assertTrue(resumed.resumed(), "206 from the half-way offset");
      assertArrayEquals(full, Files.readAllBytes(part));
      assertArrayEquals(expected, full, "the presigned URL serves the task's video");

      // The same origin as the API: the shared rule would add the key, and the URL refuses it.
      try (ProviderHttp http = new ProviderHttp(Accounts.account("sim-ark", "ark", sim.base(), ArkSimulator.KEY))) {
        Map<String, String> sameOrigin = http.authFor(url);
        assertFalse(sameOrigin.isEmpty());
        ApplicationFailure refused = assertThrows(ApplicationFailure.class,
            () -> fetcher.fetch(url, sameOrigin, dir.resolve("keyed.part"), 0, n -> { }));
        assertEquals(Failures.LINK_REFUSED, refused.getType(), refused.getOriginalMessage());
      }
    }
    assertEquals(403, sim.send("HEAD", url, null, null).statusCode());
    assertEquals(206, sim.send("GET", url, null, null, "Range", "bytes=0-9").statusCode());
  }
}
