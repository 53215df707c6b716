package io.seedancerunner.simulator.media;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.SimulatorSettings;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes MP4 files on demand and caches them on disk under {@code simulator.video-dir}, one file
 * per {@link VideoSpec}, so repeated sizes are instant (also across restarts). Files are made
 * off the request thread by {@code simulator.encode-threads} threads (default 1), written to a
 * temporary name and moved into place, so a reader never sees half a file.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class VideoLibrary {

  private static final Logger LOG = LoggerFactory.getLogger(VideoLibrary.class);

  private final Path dir;
  private final Mp4Encoder encoder = new Mp4Encoder();
  private final Map<VideoSpec, CompletableFuture<Path>> files = new ConcurrentHashMap<>();
  private final ExecutorService executor;

  /** @param settings shared settings (video folder, encode threads) */
  public VideoLibrary(SimulatorSettings settings) {
    this.dir = settings.videoDir();
    AtomicInteger n = new AtomicInteger();
    int threads = settings.encodeThreads();
    this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "simulator-mp4-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * @param spec what the file must look like
   * @return completes with the file's path once it exists on disk, or exceptionally (with an
   *         {@link IOException} cause) when it cannot be made
   */
  public CompletableFuture<Path> request(VideoSpec spec) {
    CompletableFuture<Path> f = files.computeIfAbsent(spec, s -> {
      Path target = dir.resolve(s.fileName());
      if (Files.isRegularFile(target)) {
        return CompletableFuture.completedFuture(target);
      }
      return CompletableFuture.supplyAsync(() -> make(s, target), executor);
    });
    // Do not cache a failure: the next task asking for this size tries again.
    f.whenComplete((path, error) -> {
      if (error != null) {
        files.remove(spec, f);
      }
    });
    return f;
  }

  private Path make(VideoSpec spec, Path target) {
    long start = System.nanoTime();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "making-", ".mp4");
      encoder.encode(spec, tmp);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      LOG.info("made {} in {} ms", target.getFileName(), (System.nanoTime() - start) / 1_000_000);
      return target;
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not make {}: {}", spec.fileName(), e.toString());
      deleteQuietly(tmp);
      throw new CompletionException(e instanceof IOException ? e : new IOException(e));
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort
      }
    }
  }

  /** Stops the encoding threads. */
  @PreDestroy
  public void stop() {
    executor.shutdownNow();
  }
}
