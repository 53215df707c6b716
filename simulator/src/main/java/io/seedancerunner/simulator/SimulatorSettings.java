package io.seedancerunner.simulator;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings shared by every dialect. Defaults live here, in code, because the simulator also
 * runs inside the runner's combined application, whose {@code application.yml} is not ours.
 *
 * <ul>
 *   <li>{@code simulator.generation-seconds} (default 5): how long a task takes, in seconds
 *       (decimals allowed); the admin fault {@code generationSeconds} overrides it.</li>
 *   <li>{@code simulator.public-url} (default unset): base of result URLs, for example
 *       {@code http://localhost:8080}; unset = {@code http://<Host header>}.</li>
 *   <li>{@code simulator.video-dir} (default {@code <java.io.tmpdir>/seedance-simulator-videos}):
 *       the on-disk cache of generated MP4 files.</li>
 *   <li>{@code simulator.credits} (default 1000000000): starting balance of each dialect's
 *       account, in that dialect's credits; {@code simulator.<dialect>.credits} overrides it.</li>
 *   <li>{@code simulator.encode-threads} (default 1): threads that make MP4 files.</li>
 * </ul>
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class SimulatorSettings {

  private final double generationSeconds;
  private final String publicUrl;
  private final String videoDir;
  private final long credits;
  private final int encodeThreads;

  /**
   * @param generationSeconds {@code simulator.generation-seconds}
   * @param publicUrl         {@code simulator.public-url}, empty when unset
   * @param videoDir          {@code simulator.video-dir}, empty when unset
   * @param credits           {@code simulator.credits}
   * @param encodeThreads     {@code simulator.encode-threads}
   */
  public SimulatorSettings(
      @Value("${simulator.generation-seconds:5}") double generationSeconds,
      @Value("${simulator.public-url:}") String publicUrl,
      @Value("${simulator.video-dir:}") String videoDir,
      @Value("${simulator.credits:1000000000}") long credits,
      @Value("${simulator.encode-threads:1}") int encodeThreads) {
    this.generationSeconds = generationSeconds;
    this.publicUrl = publicUrl;
    this.videoDir = videoDir;
    this.credits = credits;
    this.encodeThreads = Math.max(1, encodeThreads);
  }

  /** @return the configured generation time, in seconds */
  public double generationSeconds() {
    return generationSeconds;
  }

  /** @return the configured public base URL without a trailing slash, if set */
  public Optional<String> publicUrl() {
    if (publicUrl == null || publicUrl.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
  }

  /** @return the folder that caches generated MP4 files */
  public Path videoDir() {
    if (videoDir == null || videoDir.isBlank()) {
      return Path.of(System.getProperty("java.io.tmpdir"), "seedance-simulator-videos");
    }
    return Path.of(videoDir);
  }

  /** @return the default starting balance of each dialect account, in credits */
  public long credits() {
    return credits;
  }

  /** @return the number of threads that make MP4 files (at least 1) */
  public int encodeThreads() {
    return encodeThreads;
  }
}
