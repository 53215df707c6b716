package io.seedancerunner.activities.download;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Passes a download's offset on to the activity heartbeat at most once per interval, instead of
 * once per ~8 KiB chunk (issue 14: the per-chunk heartbeat was part of the download's cost). The
 * first offset always passes, so a resume point exists from the start; the final offset is
 * heartbeated by the caller after the fetch. A heartbeat that throws (the activity was cancelled)
 * propagates, so cancellation is seen within one interval.
 */
final class HeartbeatTimer implements LongConsumer {

  /** Default interval between heartbeats, nanoseconds (1 s; the heartbeat timeout is 30 s). */
  static final long DEFAULT_INTERVAL_NANOS = 1_000_000_000L;

  private final LongConsumer heartbeat;
  private final long intervalNanos;
  private final LongSupplier clock;
  private long lastAt;
  private boolean any;

  /**
   * @param heartbeat     the activity's heartbeat, given the offset in bytes
   * @param intervalNanos least time between two heartbeats, nanoseconds
   * @param clock         monotonic time in nanoseconds ({@code System::nanoTime})
   */
  HeartbeatTimer(LongConsumer heartbeat, long intervalNanos, LongSupplier clock) {
    this.heartbeat = heartbeat;
    this.intervalNanos = intervalNanos;
    this.clock = clock;
  }

  @Override
  public void accept(long offset) {
    long now = clock.getAsLong();
    if (!any || now - lastAt >= intervalNanos) {
      any = true;
      lastAt = now;
      heartbeat.accept(offset);
    }
  }
}
