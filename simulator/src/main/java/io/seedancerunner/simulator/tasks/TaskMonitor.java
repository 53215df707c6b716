package io.seedancerunner.simulator.tasks;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the clock for tasks reaching their end: one daemon thread sweeps the store every
 * 100 ms (no thread per task) and tells every {@link TaskListener} once per event. Controllers
 * call {@link #check(SimTask)} after a cancel so its effects (refund, webhook) are immediate.
 */
@Context
@Requires(property = "simulator.enabled", notEquals = "false")
public class TaskMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(TaskMonitor.class);
  private static final long TICK_MILLIS = 100;

  private final TaskStore store;
  private final SimClock clock;
  private final List<TaskListener> listeners;
  private final ScheduledExecutorService sweeper;

  /**
   * @param store     the task store
   * @param clock     the simulator clock
   * @param listeners every listener bean (credits, webhooks)
   */
  public TaskMonitor(TaskStore store, SimClock clock, List<TaskListener> listeners) {
    this.store = store;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
    this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "simulator-task-monitor");
      t.setDaemon(true);
      return t;
    });
    sweeper.scheduleWithFixedDelay(this::sweep, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Looks at every task not yet finished. */
  void sweep() {
    try {
      for (SimTask task : store.all()) {
        if (!task.finishNotified()) {
          check(task);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("task sweep failed", e);
    }
  }

  /**
   * Fires the task's pending events, if any: the early webhook while it runs, the terminal
   * event once it has ended. Safe to call from any thread, any number of times.
   *
   * @param task the task
   */
  public void check(SimTask task) {
    Instant now = clock.now();
    TaskState state = task.observe(now);
    if (!state.phase().terminal() && state.phase() == TaskPhase.PROCESSING && task.claimEarlyWebhook()) {
      listeners.forEach(l -> notify(() -> l.onEarlyWebhook(task)));
    }
    if (state.phase().terminal() && task.claimFinishNotification()) {
      listeners.forEach(l -> notify(() -> l.onTerminal(task, state)));
    }
  }

  private static void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("task listener failed", e);
    }
  }

  /** Stops the sweeper thread. */
  @PreDestroy
  public void stop() {
    sweeper.shutdownNow();
  }
}
