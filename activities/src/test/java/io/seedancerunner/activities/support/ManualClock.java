package io.seedancerunner.activities.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when the test says so. Thread-safe. */
public final class ManualClock extends Clock {

  private volatile Instant now;

  /** @param start the initial time */
  public ManualClock(Instant start) {
    this.now = start;
  }

  /** @param step how far to move forward */
  public synchronized void advance(Duration step) {
    now = now.plus(step);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a manual clock has one zone, UTC");
  }
}
