package io.seedancerunner.simulator.webhooks;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskListener;
import io.seedancerunner.simulator.tasks.TaskState;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns task events into callbacks: the terminal payload when a task ends (succeeded, failed
 * or cancelled), and the forged early payload for tasks armed with {@code earlyWebhooks}.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class WebhookDispatch implements TaskListener {

  private final Map<Dialect, WebhookPayloads> payloads = new EnumMap<>(Dialect.class);
  private final WebhookSender sender;

  /**
   * @param payloads every dialect's payload bean
   * @param sender   the sender
   */
  public WebhookDispatch(List<WebhookPayloads> payloads, WebhookSender sender) {
    payloads.forEach(p -> this.payloads.put(p.dialect(), p));
    this.sender = sender;
  }

  @Override
  public void onTerminal(SimTask task, TaskState state) {
    WebhookPayloads p = payloads.get(task.dialect());
    if (p != null) {
      p.terminal(task, state).ifPresent(sender::send);
    }
  }

  @Override
  public void onEarlyWebhook(SimTask task) {
    WebhookPayloads p = payloads.get(task.dialect());
    if (p != null) {
      p.early(task).ifPresent(sender::send);
    }
  }
}
