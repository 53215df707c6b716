package io.seedancerunner.activities.openaivideos;

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
import io.micronaut.http.client.StreamingHttpClient;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.download.FetchResult;
import io.seedancerunner.activities.download.RangeFetcher;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.Polling;
import io.seedancerunner.activities.support.SimulatorServer;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.simulator.openaivideos.OpenAiVideosSettings;
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
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The openai-videos adapter against the real simulator (seed 002): every input mode (text, first
 * frame, first + last frame, reference images, video continuation, audio-driven) with the roles
 * the simulator received, every status word, every error code with its classification (the
 * HTTP-200 business failures included), 429 with Retry-After, the callback and its parsing, the
 * download with Range through the content endpoint, the last frame, and the ambiguous submit under
 * the {@code slowSubmits} fault.
 */
class OpenAiVideosContractTest {

  private static final String ACCOUNT = "sim-openai-videos";
  private static final String KEY = OpenAiVideosSettings.DEFAULT_API_KEY;

  @TempDir
  static Path videos;

  @TempDir
  Path work;

  private static SimulatorServer sim;
  private static String base;
  private static ProviderRegistry registry;
  private static VideoProvider provider;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient RAW = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    sim = SimulatorServer.start(videos);
    newAccounts();
  }

  /** Fresh accounts for each test: an account's rate gate remembers a 429's Retry-After. */
  private static void newAccounts() {
    base = sim.url() + "/sim/openai-videos";
    ProviderConfig impatient = Accounts.account("impatient", "openai-videos", base, KEY);
    impatient.setSubmitTimeout(Duration.ofSeconds(1));
    registry = new ProviderRegistry(List.of(
        Accounts.account(ACCOUNT, "openai-videos", base, KEY),
        Accounts.account("wrong-key", "openai-videos", base, "sk-not-the-key"),
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

  private static GenerationRequest request(String prompt, String first, String last, List<String> images,
      List<String> videos, List<String> audio, GenerationOptions options) {
    return new GenerationRequest(ACCOUNT, "seedance-2.0", prompt, 4, "480p", "16:9", false, false,
        first, last, images, videos, audio, options);
  }

  /** @return the simulator's own status answer, to see what it received */
  private static JsonNode simulatorView(String taskId) throws Exception {
    HttpResponse<String> r = RAW.send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/v1/videos/" + taskId))
        .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
    return MAPPER.readTree(r.body());
  }

  private static void assertRoles(String taskId, String... typeRoleUrl) throws Exception {
    JsonNode content = simulatorView(taskId).at("/metadata/content");
    assertEquals(typeRoleUrl.length / 3, content.size(), content.toString());
    for (int i = 0; i < content.size(); i++) {
      JsonNode item = content.get(i);
      assertEquals(typeRoleUrl[3 * i], item.get("type").asText(), content.toString());
      assertEquals(typeRoleUrl[3 * i + 1], item.hasNonNull("role") ? item.get("role").asText() : null, content.toString());
      assertEquals(typeRoleUrl[3 * i + 2], item.get("url").asText(), content.toString());
    }
  }

  @Test
  void textToVideoGoesQueuedInProgressSuccessWithAnAbsoluteContentUrl() throws Exception {
    sim.faults("{\"generationSeconds\":3}");
    SubmitReceipt receipt = provider.submit("job-ov-1", Accounts.text(ACCOUNT, "a lighthouse at dusk"), null);
    assertTrue(receipt.providerTaskId().startsWith("task_"), receipt.providerTaskId());
    assertEquals(TaskState.QUEUED, receipt.state());
    assertFalse(receipt.cancellable());
    assertNull(receipt.estimatedSeconds(), "no time hint in seed 002");
    assertNull(receipt.cost(), "no price in seed 002");

    TaskSnapshot queued = provider.status(receipt.providerTaskId());
    assertEquals(TaskState.QUEUED, queued.state());
    assertEquals("QUEUED", queued.rawStatus());
    assertEquals(0, queued.progressPercent(), "\"0%\"");

    TaskSnapshot running = Polling.until(provider, receipt.providerTaskId(), TaskState.RUNNING);
    assertEquals("IN_PROGRESS", running.rawStatus());
    assertNotNull(running.progressPercent(), "\"N%\" is read");
    assertTrue(running.progressPercent() >= 1 && running.progressPercent() <= 99, running.toString());
    assertNull(running.videoUrl());

    TaskSnapshot done = Polling.until(provider, receipt.providerTaskId(), TaskState.SUCCEEDED);
    assertEquals("SUCCESS", done.rawStatus());
    assertEquals(100, done.progressPercent());
    assertEquals(base + "/v1/videos/" + receipt.providerTaskId() + "/content", done.videoUrl(),
        "result_url resolved against the account's base URL");
    assertNull(done.lastFrameUrl(), "not asked for");
    assertNull(done.errorCode());
    assertEquals(Map.of("Authorization", "Bearer " + KEY), provider.downloadHeaders(done.videoUrl()),
        "the content endpoint is the provider's own origin: the key goes along");
    assertEquals(Map.of(), provider.downloadHeaders("https://cdn.example/x.mp4"), "never to another origin");
    JsonNode sent = simulatorView(receipt.providerTaskId());
    assertEquals("4", sent.get("seconds").asText(), "top-level duration");
    assertEquals("720p", sent.at("/metadata/resolution").asText());
    assertEquals("16:9", sent.at("/metadata/ratio").asText());
    assertFalse(sent.at("/metadata/generate_audio").asBoolean());
  }

  @Test
  void aTaskBehindAnotherQueuedOneReadsSubmitted() throws Exception {
    sim.faults("{\"generationSeconds\":30}");
    SubmitReceipt first = provider.submit("job-ov-q1", Accounts.text(ACCOUNT, "first"), null);
    SubmitReceipt second = provider.submit("job-ov-q2", Accounts.text(ACCOUNT, "second"), null);
    assertEquals(TaskState.QUEUED, second.state(), "SUBMITTED maps to QUEUED");
    TaskSnapshot waiting = provider.status(second.providerTaskId());
    assertEquals("SUBMITTED", waiting.rawStatus());
    assertEquals(TaskState.QUEUED, waiting.state());
    assertEquals("QUEUED", provider.status(first.providerTaskId()).rawStatus());
  }

  @Test
  void firstFrameTravelsAsAContentItemWithRoleFirstFrame() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-ov-2",
        request("the cat turns its head", "https://img.example/cat.png", null, List.of(), List.of(), List.of(), null), null);
    assertRoles(receipt.providerTaskId(), "image_url", "first_frame", "https://img.example/cat.png");
    assertEquals(TaskState.SUCCEEDED, Polling.untilTerminal(provider, receipt.providerTaskId()).state());
  }

  @Test
  void firstAndLastFrameCarryTheirRoles() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-ov-3", request("dawn to dusk", "https://img.example/dawn.png",
        "https://img.example/dusk.png", List.of(), List.of(), List.of(), null), null);
    assertRoles(receipt.providerTaskId(),
        "image_url", "first_frame", "https://img.example/dawn.png",
        "image_url", "last_frame", "https://img.example/dusk.png");
    assertEquals(TaskState.SUCCEEDED, Polling.untilTerminal(provider, receipt.providerTaskId()).state());
  }

  @Test
  void referenceImagesCarryRoleReferenceImage() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-ov-4", request("the two characters meet", null, null,
        List.of("https://img.example/a.png", "https://img.example/b.png"), List.of(), List.of(), null), null);
    assertRoles(receipt.providerTaskId(),
        "image_url", "reference_image", "https://img.example/a.png",
        "image_url", "reference_image", "https://img.example/b.png");
    assertEquals(TaskState.SUCCEEDED, Polling.untilTerminal(provider, receipt.providerTaskId()).state());
  }

  @Test
  void videoContinuationNeedsNoPrompt() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-ov-5", request("", null, null, List.of(),
        List.of("https://vid.example/source.mp4"), List.of(), null), null);
    assertRoles(receipt.providerTaskId(), "video_url", null, "https://vid.example/source.mp4");
    assertFalse(simulatorView(receipt.providerTaskId()).has("prompt"), "an empty prompt is left out");
    assertEquals(TaskState.SUCCEEDED, Polling.untilTerminal(provider, receipt.providerTaskId()).state());
  }

  @Test
  void audioDrivenWithEveryOptionAndTheLastFrame() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    GenerationOptions options = new GenerationOptions(42L, true, "priority", true, 172800, null);
    GenerationRequest r = new GenerationRequest(ACCOUNT, "seedance-2.0-fast", "sing along", 6, "720p", "adaptive",
        true, false, "https://img.example/singer.png", null, List.of(), List.of(),
        List.of("https://aud.example/song.mp3"), options);
    SubmitReceipt receipt = provider.submit("job-ov-6", r, null);
    assertRoles(receipt.providerTaskId(),
        "image_url", "first_frame", "https://img.example/singer.png",
        "audio_url", null, "https://aud.example/song.mp3");
    JsonNode meta = simulatorView(receipt.providerTaskId()).get("metadata");
    assertEquals(42, meta.get("seed").asLong());
    assertTrue(meta.get("watermark").asBoolean());
    assertEquals("priority", meta.get("service_tier").asText());
    assertTrue(meta.get("return_last_frame").asBoolean());
    assertEquals(172800, meta.get("execution_expires_after").asInt());
    assertTrue(meta.get("generate_audio").asBoolean());
    assertEquals("adaptive", meta.get("ratio").asText());
    assertEquals(6, meta.get("duration").asInt());

    TaskSnapshot done = Polling.until(provider, receipt.providerTaskId(), TaskState.SUCCEEDED);
    assertEquals(base + "/v1/videos/" + receipt.providerTaskId() + "/last_frame", done.lastFrameUrl());
    java.net.http.HttpRequest.Builder get = java.net.http.HttpRequest.newBuilder(URI.create(done.lastFrameUrl()));
    provider.downloadHeaders(done.lastFrameUrl()).forEach(get::header);
    HttpResponse<byte[]> png = RAW.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, png.statusCode());
    assertEquals("PNG", new String(png.body(), 1, 3), "a PNG image");
  }

  @Test
  void failedTaskCarriesTheFailReason() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-ov-7", Accounts.text(ACCOUNT, "anything [sim:fail]"), null);
    TaskSnapshot failed = Polling.untilTerminal(provider, receipt.providerTaskId());
    assertEquals(TaskState.FAILED, failed.state());
    assertEquals(ProviderOutcome.TASK_FAILED_RETRYABLE, failed.outcome(), "seed 002 gives a failed task no code: the provider's own failure");
    assertEquals("FAILURE", failed.rawStatus());
    assertEquals("FAILURE", failed.errorCode(), "the seed has no failure code: the status word stands for it");
    assertEquals("The request was rejected by content moderation", failed.errorMessage());
    assertNull(failed.videoUrl());
    assertNull(failed.lastFrameUrl());
  }

  @Test
  void businessFailuresInA200AreRejectedWithTheirCode() {
    GenerationRequest badRatio = new GenerationRequest(ACCOUNT, "seedance-2.0", "x", 4, "720p", "7:3",
        false, false, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", badRatio, null), "invalid_request", 400, false);
    GenerationRequest fast1080 = new GenerationRequest(ACCOUNT, "seedance-2.0-fast", "x", 4, "1080p", "16:9",
        false, false, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", fast1080, null), "invalid_request", 400, false);
    GenerationRequest badDuration = new GenerationRequest(ACCOUNT, "seedance-2.0", "x", 16, "720p", "16:9",
        false, false, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", badDuration, null), "invalid_request", 400, false);
    GenerationRequest noInput = new GenerationRequest(ACCOUNT, "seedance-2.0", " ", 4, "720p", "16:9",
        false, false, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", noInput, null), "invalid_request", 400, false);
    GenerationRequest sora = new GenerationRequest(ACCOUNT, "sora-2", "x", 4, "720p", "16:9",
        false, false, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", sora, null), "model_not_found", 404, false);
    assertEquals(0, sim.stats().at("/dialects/openai-videos/submitsAccepted").asInt());
    assertEquals(5, sim.stats().at("/dialects/openai-videos/submitsAttempted").asInt());
  }

  @Test
  void insufficientCreditsIsRejected() {
    sim.faults("{\"dialect\":\"openai-videos\",\"credits\":3}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text(ACCOUNT, "x"), null),
        "insufficient_quota", 402, false);
  }

  @Test
  void unknownTaskIsNotFound() {
    assertProviderFailure(() -> provider.status("task_does_not_exist"), "task_not_found", 404, false);
  }

  @Test
  void wrongKeyIsRejectedWithoutTheKeyInTheMessage() {
    VideoProvider wrongKey = registry.require("wrong-key");
    ApplicationFailure f = assertProviderFailure(
        () -> wrongKey.submit("j", Accounts.text("wrong-key", "x"), null), "invalid_api_key", 401, false);
    assertFalse(f.getOriginalMessage().contains("sk-not-the-key"), "no api key in failure messages");
    assertProviderFailure(() -> wrongKey.status("task_1"), "invalid_api_key", 401, false);
  }

  @Test
  void rateLimitIsTransientWithRetryAfterAsTheNextRetryDelay() {
    sim.faults("{\"dialect\":\"openai-videos\",\"rateLimited\":2,\"retryAfterSeconds\":3}");
    ApplicationFailure submit = assertProviderFailure(
        () -> provider.submit("j", Accounts.text(ACCOUNT, "x"), null), "rate_limit_exceeded", 429, true);
    assertEquals(Duration.ofSeconds(3), submit.getNextRetryDelay());
    // The account's gate holds every request until the Retry-After has passed: nothing is sent.
    ApplicationFailure status = org.junit.jupiter.api.Assertions.assertThrows(ApplicationFailure.class, () -> provider.status("task_1"));
    org.junit.jupiter.api.Assertions.assertTrue(status.getOriginalMessage().contains("rate_limited_locally"),
        status.getOriginalMessage());
    org.junit.jupiter.api.Assertions.assertTrue(status.getNextRetryDelay().compareTo(Duration.ofSeconds(3)) <= 0
        && !status.getNextRetryDelay().isNegative(), String.valueOf(status.getNextRetryDelay()));
    assertEquals(0, sim.stats().at("/dialects/openai-videos/statusCalls").asInt(), "the refused status call was not sent");
    assertEquals(0, sim.stats().at("/dialects/openai-videos/submitsAccepted").asInt());
  }

  @Test
  void internalErrorIsTransient() {
    sim.faults("{\"submitErrors\":1}");
    assertProviderFailure(() -> provider.submit("j", Accounts.text(ACCOUNT, "x"), null), "internal_error", 500, true);
  }

  @Test
  void fixedLensIsRefusedBeforeSending() {
    GenerationRequest fixed = new GenerationRequest(ACCOUNT, "seedance-2.0", "x", 4, "720p", "16:9",
        false, true, null, null, List.of());
    assertProviderFailure(() -> provider.submit("j", fixed, null), "unsupported_input", 0, false);
    assertEquals(0, sim.stats().at("/dialects/openai-videos/submitsAttempted").asInt());
  }

  @Test
  void cancelIsNotOfferedAndSendsNothing() {
    assertFalse(provider.canCancel());
    assertFalse(provider.cancel("task_anything"));
    assertEquals(0, sim.stats().at("/dialects/openai-videos/statusCalls").asInt());
  }

  @Test
  void callbackIsDeliveredAndParsesToTheSameTask() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    try (TinyHttpServer hooks = TinyHttpServer.answering(200, Map.of(), "{}")) {
      String callback = hooks.baseUrl() + "/v1/webhooks/sim-openai-videos/job-ov-8/0123456789abcdef0123456789abcdef";
      SubmitReceipt receipt = provider.submit("job-ov-8", Accounts.text(ACCOUNT, "hooked"), callback);
      assertFalse(simulatorView(receipt.providerTaskId()).at("/metadata").has("callback_url"),
          "the simulator does not echo the token-bearing URL");
      TinyHttpServer.Recorded hook = awaitRequest(hooks);
      assertTrue(hook.line().startsWith("POST /v1/webhooks/sim-openai-videos/job-ov-8/"), hook.line());
      JsonNode body = MAPPER.readTree(hook.body());
      assertEquals(receipt.providerTaskId(), OpenAiVideosAnswers.taskId(body));
      assertEquals(TaskState.SUCCEEDED, OpenAiVideosAnswers.state(JsonFields.text(body, "status")));
      assertFalse(OpenAiVideosAnswers.isError(body));
      TaskSnapshot confirmed = provider.status(receipt.providerTaskId());
      assertEquals(confirmed.rawStatus(), JsonFields.text(body, "status"), "the callback agrees with the status");
      assertEquals(confirmed.progressPercent(), OpenAiVideosAnswers.progress(body));
      assertEquals(1, sim.stats().at("/dialects/openai-videos/webhooksSent").asInt());
    }
  }

  private static TinyHttpServer.Recorded awaitRequest(TinyHttpServer server) throws InterruptedException {
    for (int i = 0; i < 300 && server.requests().isEmpty(); i++) {
      Thread.sleep(50);
    }
    assertEquals(1, server.requests().size(), "one callback");
    return server.requests().get(0);
  }

  @Test
  void downloadThroughTheContentEndpointResumesWithRange() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("job-ov-9", Accounts.text(ACCOUNT, "download me"), null);
    TaskSnapshot done = Polling.until(provider, receipt.providerTaskId(), TaskState.SUCCEEDED);
    Map<String, String> headers = provider.downloadHeaders(done.videoUrl());
    try (StreamingHttpClient client = StreamingHttpClient.create(null)) {
      RangeFetcher fetcher = new RangeFetcher(client);
      Path whole = work.resolve("whole.mp4");
      FetchResult full = fetcher.fetch(done.videoUrl(), headers, whole, 0, n -> { });
      assertFalse(full.incomplete());
      byte[] bytes = Files.readAllBytes(whole);
      assertEquals(full.expected(), bytes.length);
      assertEquals("ftyp", new String(bytes, 4, 4), "an MP4 file");

      int offset = bytes.length / 3;
      Path part = work.resolve("part.mp4");
      Files.write(part, Arrays.copyOf(bytes, offset));
      FetchResult resumed = fetcher.fetch(done.videoUrl(), headers, part, offset, n -> { });
      assertTrue(resumed.resumed(), "206 to the Range request");
      assertArrayEquals(bytes, Files.readAllBytes(part));

      JsonNode files = sim.stats().get("files");
      JsonNode last = files.get(files.size() - 1);
      assertEquals(receipt.providerTaskId(), last.get("taskId").asText());
      assertEquals("bytes=" + offset + "-", last.get("range").asText());
      assertEquals(206, last.get("status").asInt());

      ApplicationFailure noKey = assertThrows(ApplicationFailure.class,
          () -> fetcher.fetch(done.videoUrl(), Map.of(), work.resolve("nokey.mp4"), 0, n -> { }));
      assertEquals(Failures.LINK_REFUSED, noKey.getType(), "401 without the account's key");
    }
  }

  @Test
  void slowSubmitIsAmbiguousAndCreatedExactlyOneTask() {
    sim.faults("{\"dialect\":\"openai-videos\",\"slowSubmits\":1,\"slowSubmitSeconds\":4}");
    VideoProvider impatient = registry.require("impatient");
    Instant before = Instant.now();
    ApplicationFailure f = assertThrows(ApplicationFailure.class,
        () -> impatient.submit("job-ov-10", Accounts.text("impatient", "slow"), null));
    assertEquals(Failures.AMBIGUOUS_SUBMIT, f.getType(), f.getOriginalMessage());
    assertTrue(f.isNonRetryable());
    assertEquals(1, sim.stats().at("/dialects/openai-videos/submitsAttempted").asInt());
    assertEquals(1, sim.stats().at("/dialects/openai-videos/submitsAccepted").asInt());
    assertEquals(1, sim.stats().at("/dialects/openai-videos/slowSubmits").asInt());
    assertEquals(1, sim.stats().get("tasks").asInt(), "exactly one task exists (and bills)");
    Reconciliation r = impatient.reconcile(null, before, Instant.now());
    assertEquals(Reconciliation.Outcome.UNSUPPORTED, r.outcome(), "not idempotent, no task list (seed 002)");
  }
}
