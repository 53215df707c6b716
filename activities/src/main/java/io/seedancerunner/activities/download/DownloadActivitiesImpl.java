package io.seedancerunner.activities.download;

import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.StreamingHttpClient;
import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.media.Mp4Info;
import io.seedancerunner.activities.media.Mp4Probe;
import io.seedancerunner.activities.media.NotMp4Exception;
import io.seedancerunner.activities.media.Sha256;
import io.seedancerunner.workflows.generation.DownloadActivities;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCanceledException;
import io.temporal.failure.ApplicationFailure;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DownloadActivities}: streams a result to {@code <data-dir>/videos/<jobId>/clip.mp4}
 * through {@code clip.mp4.part} and an atomic rename, then records size, sha256, duration and
 * pixel size (docs/decisions.md, step 4).
 *
 * <ul>
 *   <li>Heartbeats the part file's length (a {@code Long}, throttled by the SDK). A retry reads it
 *       back from the heartbeat details and resumes with {@code Range} when the part file still
 *       holds that many bytes.
 *   <li>Fewer bytes than announced, or a body that broke off: retryable
 *       {@link Failures#DOWNLOAD_INCOMPLETE}, details (bytes written, bytes expected or -1).
 *   <li>Not an MP4 with a video track: non-retryable {@link Failures#NOT_MP4}; the part file is
 *       deleted.
 *   <li>Idempotent: a {@code clip.mp4} already in place that verifies is returned as it is.
 *   <li>Cancellation: a heartbeat throws the SDK's {@code ActivityCompletionException}, which ends
 *       the stream; a cancelled download deletes its part file.
 * </ul>
 */
@Singleton
public class DownloadActivitiesImpl implements DownloadActivities, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DownloadActivitiesImpl.class);

  private final Path dataDir;
  private final ProviderRegistry registry;
  private final StreamingHttpClient client;
  private final RangeFetcher fetcher;

  /**
   * @param config   data folder and download timeouts
   * @param registry provider accounts, for download auth
   */
  public DownloadActivitiesImpl(RunnerConfig config, ProviderRegistry registry) {
    this.dataDir = Path.of(config.getDataDir());
    this.registry = registry;
    this.client = StreamingHttpClient.create(null, clientConfig(config.getDownloadReadTimeout()));
    this.fetcher = new RangeFetcher(client);
  }

  private static DefaultHttpClientConfiguration clientConfig(Duration readTimeout) {
    DefaultHttpClientConfiguration c = new DefaultHttpClientConfiguration();
    // Idle timeout between reads, not a limit on the whole transfer.
    c.setReadTimeout(readTimeout);
    c.setConnectTimeout(Duration.ofSeconds(10));
    c.setMaxContentLength(Integer.MAX_VALUE);
    // Redirects are followed; Micronaut drops Authorization on a cross-origin redirect.
    c.setFollowRedirects(true);
    return c;
  }

  @Override
  public VideoFile download(DownloadRequest request) {
    ActivityExecutionContext ctx = Activity.getExecutionContext();
    Path clip = ClipPaths.clip(dataDir, request.jobId());
    Path part = clip.resolveSibling(ClipPaths.PART);
    try {
      if (Files.isRegularFile(clip)) {
        try {
          VideoFile existing = verified(clip);
          LOG.info("job {}: clip already in place, not downloaded again", request.jobId());
          return existing;
        } catch (NotMp4Exception e) {
          LOG.warn("job {}: clip in place does not verify ({}), downloading again", request.jobId(), e.getMessage());
          Files.delete(clip);
        }
      }
      Files.createDirectories(clip.getParent());
      long offset = resumeOffset(part, ctx.getHeartbeatDetails(Long.class).orElse(0L));
      ctx.heartbeat(offset);
      FetchResult result = fetch(request, part, offset, ctx);
      if (result.incomplete()) {
        ctx.heartbeat(result.bytes());
        throw ApplicationFailure.newBuilder()
            .setType(Failures.DOWNLOAD_INCOMPLETE)
            .setMessage("job " + request.jobId() + ": " + result.bytes() + " of "
                + (result.expected() < 0 ? "?" : result.expected()) + " bytes arrived; the retry resumes")
            .setDetails(result.bytes(), result.expected())
            .build();
      }
      VideoFile file = finish(part, clip);
      LOG.info("job {}: downloaded {} bytes{}, {} s, {}x{}", request.jobId(), file.bytes(),
          result.resumed() ? " (resumed at " + offset + ")" : "", file.durationSeconds(), file.width(), file.height());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("job " + request.jobId() + ": storage error", e);
    }
  }

  private FetchResult fetch(DownloadRequest request, Path part, long offset, ActivityExecutionContext ctx)
      throws IOException {
    try {
      return fetcher.fetch(request.url(), headers(request), part, offset,
          new HeartbeatTimer(ctx::heartbeat, HeartbeatTimer.DEFAULT_INTERVAL_NANOS, System::nanoTime));
    } catch (ActivityCanceledException e) {
      Files.deleteIfExists(part);
      throw e;
    }
  }

  /** @return the heartbeated offset when the part file still holds that many bytes, else 0 */
  static long resumeOffset(Path part, long heartbeated) throws IOException {
    if (heartbeated > 0 && Files.isRegularFile(part) && Files.size(part) >= heartbeated) {
      return heartbeated;
    }
    return 0;
  }

  private Map<String, String> headers(DownloadRequest request) {
    if (request.provider() == null) {
      return Map.of();
    }
    return registry.require(request.provider()).downloadHeaders(request.url());
  }

  /** Probes the part file, moves it into place atomically, and describes it. */
  private static VideoFile finish(Path part, Path clip) throws IOException {
    Mp4Info info;
    try {
      info = Mp4Probe.probe(part);
    } catch (NotMp4Exception e) {
      Files.deleteIfExists(part);
      throw notMp4(e);
    }
    Files.move(part, clip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return describe(clip, info);
  }

  private static VideoFile verified(Path clip) throws IOException, NotMp4Exception {
    return describe(clip, Mp4Probe.probe(clip));
  }

  private static VideoFile describe(Path clip, Mp4Info info) throws IOException {
    return new VideoFile(clip.toAbsolutePath().toString(), Files.size(clip), Sha256.of(clip),
        info.durationSeconds(), info.width(), info.height());
  }

  private static ApplicationFailure notMp4(NotMp4Exception e) {
    return ApplicationFailure.newBuilder()
        .setType(Failures.NOT_MP4)
        .setMessage("the downloaded file is not an MP4 with a video track: " + e.getMessage())
        .setNonRetryable(true)
        .build();
  }

  @PreDestroy
  @Override
  public void close() {
    client.close();
  }
}
