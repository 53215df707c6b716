package io.seedancerunner.worker.cli.watch;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Estimates the seconds left of each running shot when the API gives no {@code etaSeconds}: a
 * linear extrapolation of its progress since the watcher first saw it move,
 * {@code elapsed × (100 − p) / p}. A shot seen for the first time, or without progress yet, has
 * no estimate.
 */
final class Eta {

  private final LongSupplier nanos;
  private final Map<String, long[]> firstSeen = new HashMap<>();

  /** @param nanos the clock ({@code System::nanoTime}; a fake in tests) */
  Eta(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /**
   * @param key      the shot (its job id or number)
   * @param progress its progress, 0..100
   * @return seconds left, or null when there is nothing to extrapolate from yet
   */
  Long secondsLeft(String key, int progress) {
    long now = nanos.getAsLong();
    long[] first = firstSeen.computeIfAbsent(key, k -> new long[] {now, progress});
    if (progress >= 100) {
      return 0L;
    }
    double gained = progress - first[1];
    if (gained <= 0) {
      return null;
    }
    double elapsed = (now - first[0]) / 1e9;
    return Math.round(elapsed * (100 - progress) / gained);
  }
}
