package io.seedancerunner.simulator.admin;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The armed faults. Counters are kept per (kind, dialect) where dialect null means "any
 * dialect"; an event consumes its own dialect's counter first, then the any-dialect one.
 * Settings ({@code retryAfterSeconds}, {@code downloadBytesPerSecond}, {@code generationSeconds})
 * apply to every dialect.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class Faults {

  /** Retry-After sent with simulated 429 answers when none was set, in seconds. */
  public static final int DEFAULT_RETRY_AFTER_SECONDS = 2;

  /** How long a submit hit by {@code slowSubmits} holds its answer back, in seconds. */
  public static final int DEFAULT_SLOW_SUBMIT_SECONDS = 30;

  private record Key(FaultKind kind, Dialect dialect) {}

  private final Map<Key, AtomicInteger> counters = new ConcurrentHashMap<>();
  private volatile int retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS;
  private volatile long downloadBytesPerSecond;
  private volatile Double generationSeconds;
  private volatile int slowSubmitSeconds = DEFAULT_SLOW_SUBMIT_SECONDS;

  /**
   * Arms a counter, replacing its previous value.
   *
   * @param kind    the fault
   * @param dialect the dialect it is restricted to, or null for any
   * @param count   how many events it applies to (0 disarms)
   */
  public void arm(FaultKind kind, Dialect dialect, int count) {
    counters.put(new Key(kind, dialect), new AtomicInteger(Math.max(0, count)));
  }

  /**
   * Uses up one count of a fault for an event of {@code dialect}, if one is armed.
   *
   * @param kind    the fault
   * @param dialect the event's dialect, or null when unknown (then only any-dialect counters apply)
   * @return true when the fault applies to this event
   */
  public boolean consume(FaultKind kind, Dialect dialect) {
    return (dialect != null && take(counters.get(new Key(kind, dialect))))
        || take(counters.get(new Key(kind, null)));
  }

  private static boolean take(AtomicInteger counter) {
    if (counter == null) {
      return false;
    }
    int left;
    do {
      left = counter.get();
      if (left <= 0) {
        return false;
      }
    } while (!counter.compareAndSet(left, left - 1));
    return true;
  }

  /**
   * @param kind    the fault
   * @param dialect the dialect, or null for the any-dialect counter
   * @return how many events the counter still applies to
   */
  public int remaining(FaultKind kind, Dialect dialect) {
    AtomicInteger c = counters.get(new Key(kind, dialect));
    return c == null ? 0 : c.get();
  }

  /** @return Retry-After for simulated 429 answers, in seconds */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** @param seconds Retry-After for simulated 429 answers, in seconds (at least 0) */
  public void retryAfterSeconds(int seconds) {
    this.retryAfterSeconds = Math.max(0, seconds);
  }

  /** @return file download throttle in bytes per second; 0 = unlimited */
  public long downloadBytesPerSecond() {
    return downloadBytesPerSecond;
  }

  /** @param bytesPerSecond file download throttle in bytes per second; 0 = unlimited */
  public void downloadBytesPerSecond(long bytesPerSecond) {
    this.downloadBytesPerSecond = Math.max(0, bytesPerSecond);
  }

  /** @return the generation time override for new tasks, in seconds, if set */
  public OptionalDouble generationSeconds() {
    Double g = generationSeconds;
    return g == null ? OptionalDouble.empty() : OptionalDouble.of(g);
  }

  /** @param seconds generation time for tasks created from now on, in seconds (&gt; 0) */
  public void generationSeconds(double seconds) {
    this.generationSeconds = seconds;
  }

  /** @return how long a submit hit by {@code slowSubmits} holds its answer back, in seconds */
  public int slowSubmitSeconds() {
    return slowSubmitSeconds;
  }

  /** @param seconds how long a slow submit holds its answer back, in seconds (at least 0) */
  public void slowSubmitSeconds(int seconds) {
    this.slowSubmitSeconds = Math.max(0, seconds);
  }

  /** Disarms every fault and restores every setting. */
  public void reset() {
    slowSubmitSeconds = DEFAULT_SLOW_SUBMIT_SECONDS;
    counters.clear();
    retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS;
    downloadBytesPerSecond = 0;
    generationSeconds = null;
  }
}
