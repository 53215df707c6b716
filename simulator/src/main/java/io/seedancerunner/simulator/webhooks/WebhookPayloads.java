package io.seedancerunner.simulator.webhooks;

import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskState;
import java.util.Optional;

/**
 * A dialect's callback payloads; one bean per dialect.
 */
public interface WebhookPayloads {

  /** @return the dialect this bean renders */
  Dialect dialect();

  /**
   * @param task  a task of this dialect
   * @param state its terminal state
   * @return the callback to send, or empty when the task has no callback URL
   */
  Optional<OutgoingWebhook> terminal(SimTask task, TaskState state);

  /**
   * @param task a task of this dialect, still queued or processing
   * @return a forged callback claiming success (admin fault {@code earlyWebhooks}), or empty
   *         when the task has no callback URL
   */
  Optional<OutgoingWebhook> early(SimTask task);
}
