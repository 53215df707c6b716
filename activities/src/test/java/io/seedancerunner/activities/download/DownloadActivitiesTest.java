package io.seedancerunner.activities.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.Polling;
import io.seedancerunner.activities.support.SimulatorServer;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.DownloadActivities;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download activity in Temporal's {@link TestActivityEnvironment}, fetching result files from
 * the real simulator: clean download, truncation, resume with Range, idempotency, non-MP4 bodies
 * and cancellation.
 */
class DownloadActivitiesTest {

  private static final String ACCOUNT = "sim-seedanceapi";

  @TempDir
  static Path videos;

  private static SimulatorServer sim;
  private static ProviderRegistry registry;
  private static VideoProvider provider;
  /** One succeeded task reused by every test: its URL, bytes and sha256. */
  private static String taskId;
  private static String url;
  private static byte[] expected;
  private static String expectedSha256;

  @TempDir
  Path data;

  private TestActivityEnvironment env;
  private DownloadActivitiesImpl impl;
  private DownloadActivities activity;
  private final List<Long> heartbeats = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    sim = SimulatorServer.start(videos);
    registry = new ProviderRegistry(List.of(
        Accounts.account(ACCOUNT, "seedanceapi", sim.seedanceApiBase(), SimulatorServer.SEEDANCEAPI_KEY)),
        new ObjectMapper());
    provider = registry.require(ACCOUNT);
    sim.faults("{\"generationSeconds\":0.3}");
    SubmitReceipt receipt = provider.submit("dl", Accounts.text(ACCOUNT, "waves on a beach"), null);
    TaskSnapshot done = Polling.until(provider, receipt.providerTaskId(), TaskState.SUCCEEDED);
    taskId = receipt.providerTaskId();
    url = done.videoUrl();
    // Fetched independently of the code under test (java.net.http; Java 17's client has no close()).
    expected = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
    expectedSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected));
  }

  @AfterAll
  static void stop() {
    registry.close();
    sim.close();
  }

  @BeforeEach
  void setUp() {
    sim.faults("{\"truncateDownloads\":0,\"downloadBytesPerSecond\":0}");
    RunnerConfig config = new RunnerConfig();
    config.setDataDir(data.toString());
    impl = new DownloadActivitiesImpl(config, registry);
    env = TestActivityEnvironment.newInstance();
    env.registerActivitiesImplementations(impl);
    env.setActivityHeartbeatListener(Long.class, heartbeats::add);
    activity = env.newActivityStub(DownloadActivities.class, ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setHeartbeatTimeout(Duration.ofSeconds(1))
        .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
        .build());
  }

  @AfterEach
  void tearDown() {
    env.close();
    impl.close();
  }

  private static JsonNode lastFileRequest() {
    JsonNode files = sim.stats().get("files");
    return files.get(files.size() - 1);
  }

  private static int fileRequests() {
    return sim.stats().get("files").size();
  }

  private Path clip(String jobId) {
    return data.resolve("videos").resolve(jobId).resolve("clip.mp4");
  }

  private static ApplicationFailure applicationFailure(ActivityFailure f) {
    return assertInstanceOf(ApplicationFailure.class, f.getCause());
  }

  @Test
  void cleanDownloadIsVerifiedAndMovedIntoPlace() throws Exception {
    VideoFile file = activity.download(new DownloadRequest("job-1", ACCOUNT, taskId, url));
    assertEquals(clip("job-1").toAbsolutePath().toString(), file.path());
    assertEquals(expected.length, file.bytes());
    assertEquals(expectedSha256, file.sha256());
    assertEquals(4.0, file.durationSeconds(), 0.05, "4 s requested");
    assertEquals(1280, file.width(), "720p 16:9");
    assertEquals(720, file.height());
    assertFalse(Files.exists(clip("job-1").resolveSibling("clip.mp4.part")), "no part file left");
    assertEquals(200, lastFileRequest().get("status").asInt());
    assertTrue(lastFileRequest().get("range").isNull());
  }

  @Test
  void storyboardShotIdNestsAndASecondCallDoesNotDownloadAgain() {
    DownloadRequest request = new DownloadRequest("sb1/shot-3", ACCOUNT, taskId, url);
    VideoFile first = activity.download(request);
    assertTrue(Files.isRegularFile(clip("sb1/shot-3")));
    int requests = fileRequests();
    VideoFile again = activity.download(request);
    assertEquals(first, again);
    assertEquals(requests, fileRequests(), "idempotent: the verified clip is returned as it is");
  }

  @Test
  void truncatedDownloadFailsRetryablyThenResumesWithRange() throws Exception {
    // Slow enough that the throttled heartbeats (every 0.8 s) record progress before the cut.
    sim.faults("{\"truncateDownloads\":1,\"downloadBytesPerSecond\":" + expected.length / 4 + "}");
    DownloadRequest request = new DownloadRequest("job-2", ACCOUNT, taskId, url);
    ActivityFailure cut = assertThrows(ActivityFailure.class, () -> activity.download(request));
    ApplicationFailure f = applicationFailure(cut);
    assertEquals(Failures.DOWNLOAD_INCOMPLETE, f.getType(), f.getOriginalMessage());
    assertFalse(f.isNonRetryable());
    long written = f.getDetails().get(0, Long.class);
    assertEquals(expected.length, f.getDetails().get(1, Long.class));
    assertTrue(written > 0 && written < expected.length, "written " + written);
    Path part = clip("job-2").resolveSibling("clip.mp4.part");
    assertEquals(written, Files.size(part));
    assertFalse(Files.exists(clip("job-2")));
    long lastHeartbeat = heartbeats.get(heartbeats.size() - 1);
    assertTrue(lastHeartbeat > 0 && lastHeartbeat <= written, "heartbeats " + heartbeats);

    // The retry: Temporal hands the last heartbeat details to the next attempt.
    sim.faults("{\"downloadBytesPerSecond\":0}");
    env.setHeartbeatDetails(written);
    VideoFile file = activity.download(request);
    JsonNode resumed = lastFileRequest();
    assertEquals("bytes=" + written + "-", resumed.get("range").asText());
    assertEquals(206, resumed.get("status").asInt());
    assertEquals(expected.length - written, resumed.get("bytesSent").asLong());
    assertEquals(expectedSha256, file.sha256());
    assertEquals(expected.length, file.bytes());
    assertFalse(Files.exists(part));
  }

  @Test
  void heartbeatBeyondThePartFileStartsOver() {
    env.setHeartbeatDetails(10_000_000L);
    VideoFile file = activity.download(new DownloadRequest("job-3", ACCOUNT, taskId, url));
    assertEquals(expectedSha256, file.sha256());
    assertTrue(lastFileRequest().get("range").isNull(), "no part file: no Range");
  }

  @Test
  void htmlInsteadOfAVideoIsNotMp4() throws Exception {
    try (TinyHttpServer cdn = TinyHttpServer.answering(200, Map.of(), "<html><body>Access denied</body></html>")) {
      ActivityFailure failure = assertThrows(ActivityFailure.class,
          () -> activity.download(new DownloadRequest("job-4", null, "t", cdn.baseUrl() + "/t.mp4")));
      ApplicationFailure f = applicationFailure(failure);
      assertEquals(Failures.NOT_MP4, f.getType());
      assertTrue(f.isNonRetryable());
      assertFalse(Files.exists(clip("job-4")));
      assertFalse(Files.exists(clip("job-4").resolveSibling("clip.mp4.part")));
      assertNull(cdn.requests().get(0).headers().get("authorization"), "no provider: no auth");
    }
  }

  @Test
  void expiredLinkIsRejected() {
    ActivityFailure failure = assertThrows(ActivityFailure.class,
        () -> activity.download(new DownloadRequest("job-5", ACCOUNT, "gone", sim.url() + "/sim/files/gone.mp4")));
    ApplicationFailure f = applicationFailure(failure);
    assertEquals(Failures.LINK_REFUSED, f.getType());
    assertEquals(404, f.getDetails().get(1, Integer.class));
  }

  @Test
  void pathTricksAreRefused() {
    ActivityFailure failure = assertThrows(ActivityFailure.class,
        () -> activity.download(new DownloadRequest("../../etc", ACCOUNT, taskId, url)));
    assertEquals(ClipPaths.INVALID_JOB_ID, applicationFailure(failure).getType());
  }

  @Test
  void cancellationStopsTheStreamAndDropsThePartFile() throws Exception {
    sim.faults("{\"downloadBytesPerSecond\":" + expected.length / 10 + "}");
    DownloadRequest request = new DownloadRequest("job-6", ACCOUNT, taskId, url);
    CompletableFuture<VideoFile> running = CompletableFuture.supplyAsync(() -> activity.download(request));
    Thread.sleep(300);
    env.requestCancelActivity();
    Exception e = assertThrows(Exception.class, () -> running.get(10, TimeUnit.SECONDS));
    assertInstanceOf(CanceledFailure.class, e.getCause(), "the stub reports the activity cancelled");
    assertFalse(Files.exists(clip("job-6").resolveSibling("clip.mp4.part")));
    assertFalse(Files.exists(clip("job-6")));
    assertTrue(lastFileRequest().get("bytesSent").asLong() < expected.length);
  }
}
