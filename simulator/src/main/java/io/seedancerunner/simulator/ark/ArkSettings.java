package io.seedancerunner.simulator.ark;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ark account settings (the upstream BytePlus ModelArk API, served under {@code /sim/ark}).
 * <ul>
 *   <li>{@code simulator.ark.api-key} (default {@value #DEFAULT_API_KEY}): the only Bearer key
 *       accepted.</li>
 *   <li>{@code simulator.ark.max-queued-tasks} (default 120): queued + running tasks the account
 *       may have; a create beyond it answers 429 {@code QuotaExceeded}. The docs count queued tasks
 *       only ("The maximum number of queued tasks for a single master account is 120", create task
 *       API, https://docs.byteplus.com/en/docs/ModelArk/1520757); the simulator's queue lasts only
 *       the first 10% of a task, so it counts running tasks too (the issue's rule), which keeps the
 *       cap observable.</li>
 *   <li>{@code simulator.ark.min-execution-expires-after} (default 3600, the documented minimum):
 *       the smallest {@code execution_expires_after} accepted, in seconds; tests lower it to see
 *       tasks expire.</li>
 *   <li>{@code simulator.ark.unopened-models} (default none): comma-separated model ids the account
 *       has not activated; a create naming one answers 404 {@code ModelNotOpen}.</li>
 *   <li>{@code simulator.ark.url-ttl-seconds} (default 86400: "valid 24 h", {@code X-Tos-Expires=86400}
 *       on real result URLs): lifetime of the presigned result URLs.</li>
 *   <li>{@code simulator.ark.reference-video-seconds} (default 5): how long each reference video is
 *       taken to be, for the token count (the simulator does not fetch inputs; our choice).</li>
 *   <li>{@code simulator.ark.credits}: starting balance in tokens, see {@code CreditAccounts}; a
 *       create whose token estimate exceeds it answers 403 {@code AccountOverdueError}.</li>
 * </ul>
 * The key that signs result URLs is drawn at random on every start, so URLs of an earlier run are
 * refused, like those of a rotated key.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkSettings {

  /** The default Bearer key. */
  public static final String DEFAULT_API_KEY = "ark_test_simulator_key";

  private final String apiKey;
  private final int maxQueuedTasks;
  private final int minExecutionExpiresAfter;
  private final Set<String> unopenedModels;
  private final long urlTtlSeconds;
  private final int referenceVideoSeconds;
  private final byte[] urlKey = new byte[32];

  /**
   * @param apiKey                   {@code simulator.ark.api-key}
   * @param maxQueuedTasks           {@code simulator.ark.max-queued-tasks}
   * @param minExecutionExpiresAfter {@code simulator.ark.min-execution-expires-after}, seconds
   * @param unopenedModels           {@code simulator.ark.unopened-models}, comma-separated
   * @param urlTtlSeconds            {@code simulator.ark.url-ttl-seconds}
   * @param referenceVideoSeconds    {@code simulator.ark.reference-video-seconds}
   */
  public ArkSettings(
      @Value("${simulator.ark.api-key:" + DEFAULT_API_KEY + "}") String apiKey,
      @Value("${simulator.ark.max-queued-tasks:120}") int maxQueuedTasks,
      @Value("${simulator.ark.min-execution-expires-after:3600}") int minExecutionExpiresAfter,
      @Value("${simulator.ark.unopened-models:}") String unopenedModels,
      @Value("${simulator.ark.url-ttl-seconds:86400}") long urlTtlSeconds,
      @Value("${simulator.ark.reference-video-seconds:5}") int referenceVideoSeconds) {
    this.apiKey = apiKey;
    this.maxQueuedTasks = Math.max(0, maxQueuedTasks);
    this.minExecutionExpiresAfter = Math.max(1, minExecutionExpiresAfter);
    this.unopenedModels = Arrays.stream(unopenedModels.split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    this.urlTtlSeconds = Math.max(1, urlTtlSeconds);
    this.referenceVideoSeconds = Math.max(0, referenceVideoSeconds);
    new SecureRandom().nextBytes(urlKey);
  }

  /** @return the accepted API key */
  public String apiKey() {
    return apiKey;
  }

  /** @return most queued + running tasks of the account */
  public int maxQueuedTasks() {
    return maxQueuedTasks;
  }

  /** @return smallest {@code execution_expires_after} accepted, in seconds */
  public int minExecutionExpiresAfter() {
    return minExecutionExpiresAfter;
  }

  /** @return model ids the account has not activated */
  public Set<String> unopenedModels() {
    return unopenedModels;
  }

  /** @return lifetime of presigned result URLs, in seconds */
  public long urlTtlSeconds() {
    return urlTtlSeconds;
  }

  /** @return assumed length of each reference video, in seconds */
  public int referenceVideoSeconds() {
    return referenceVideoSeconds;
  }

  /** @return the key that signs result URLs (a copy) */
  byte[] urlKey() {
    return urlKey.clone();
  }
}
