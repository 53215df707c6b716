package io.seedancerunner.simulator.ark;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskMonitor;
import io.seedancerunner.simulator.webhooks.WebhookSender;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ark's own clock work, beside the shared {@link TaskMonitor}: one daemon thread looks at every
 * ark task every 100 ms, expires the ones due (then lets the monitor fire their terminal event:
 * refund, callback), sends the running callback once per task, and forgets the state of tasks an
 * admin reset removed.
 */
@Context
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkSweeper {

  private static final Logger LOG = LoggerFactory.getLogger(ArkSweeper.class);
  private static final long TICK_MILLIS = 100;

  private final ArkTasks tasks;
  private final TaskMonitor monitor;
  private final ArkWebhooks webhooks;
  private final WebhookSender sender;
  private final ScheduledExecutorService sweeper;

  /**
   * @param tasks    ark task states
   * @param monitor  the shared lifecycle monitor
   * @param webhooks ark callbacks
   * @param sender   the callback sender
   */
  public ArkSweeper(ArkTasks tasks, TaskMonitor monitor, ArkWebhooks webhooks, WebhookSender sender) {
    this.tasks = tasks;
    this.monitor = monitor;
    this.webhooks = webhooks;
    this.sender = sender;
    this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "simulator-ark-sweeper");
      t.setDaemon(true);
      return t;
    });
    sweeper.scheduleWithFixedDelay(this::sweep, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** One pass over the ark tasks. */
  void sweep() {
    try {
      tasks.prune();
      for (SimTask task : tasks.all()) {
        if (tasks.expireIfDue(task)) {
          monitor.check(task);
        }
        ArkStatus status = tasks.seen(task).status();
        if (status == ArkStatus.RUNNING && tasks.claimRunningNotice(task)) {
          webhooks.running(task).ifPresent(sender::send);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("ark sweep failed", e);
    }
  }

  /** Stops the sweeper thread. */
  @PreDestroy
  public void stop() {
    sweeper.shutdownNow();
  }
}
