package io.seedancerunner.simulator.seedance2ai;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskState;
import io.seedancerunner.simulator.webhooks.OutgoingWebhook;
import io.seedancerunner.simulator.webhooks.WebhookPayloads;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * seedance2ai callbacks: none. Seed 003 documents no callback field ("poll the task status
 * endpoint until the status is completed or failed"), so the dialect is poll-only and the
 * {@code earlyWebhooks} fault has nothing to forge. The bean exists so that the dialect joins the
 * shared machinery like every other one.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class Seedance2AiWebhooks implements WebhookPayloads {

  @Override
  public Dialect dialect() {
    return Dialect.SEEDANCE2AI;
  }

  /** @return always empty: poll-only */
  @Override
  public Optional<OutgoingWebhook> terminal(SimTask task, TaskState state) {
    return Optional.empty();
  }

  /** @return always empty: poll-only */
  @Override
  public Optional<OutgoingWebhook> early(SimTask task) {
    return Optional.empty();
  }
}
