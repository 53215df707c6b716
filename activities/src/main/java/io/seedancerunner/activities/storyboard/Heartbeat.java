package io.seedancerunner.activities.storyboard;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Heartbeats the current activity every {@value #EVERY_SECONDS} s while a media step runs, so that
 * when the worker dies mid-step the server retries it on another worker after the heartbeat
 * timeout (30 s, {@code StoryboardStubs}) instead of the 30-minute start-to-close timeout. Outside
 * an activity (unit tests) it does nothing.
 */
final class Heartbeat implements AutoCloseable {

  static final int EVERY_SECONDS = 5;

  private final ScheduledExecutorService timer;

  private Heartbeat(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** @return a running heartbeat; close it when the step ends */
  static Heartbeat start() {
    ActivityExecutionContext ctx;
    try {
      ctx = Activity.getExecutionContext();
    } catch (RuntimeException notInAnActivity) {
      return new Heartbeat(null);
    }
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "media-heartbeat");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(() -> {
      try {
        ctx.heartbeat(null);
      } catch (RuntimeException ignored) {
        // cancelled or timed out: the step's own result is what counts
      }
    }, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    return new Heartbeat(timer);
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
