package io.seedancerunner.simulator.unified;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.SimClock;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;
import io.seedancerunner.simulator.webhooks.OutgoingWebhook;
import io.seedancerunner.simulator.webhooks.WebhookPayloads;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * unified callbacks to the request's {@code callback_url} (seed 004): sent when the task is
 * completed, failed or cancelled; the body "is consistent with the task query endpoint response
 * format". Delivery by the shared {@code WebhookSender}: a 2xx is success, anything else is retried
 * 3 times, 1, 2 and 4 s after each failure, as the seed says; each POST waits at most the HTTP
 * client's read timeout, Micronaut's default of 10 s, the seed's timeout. Unsigned: the seed
 * documents no signature.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class UnifiedWebhooks implements WebhookPayloads {

  private final SimClock clock;

  /** @param clock simulator clock, for the task's {@code estimated_time} and result lifetime */
  public UnifiedWebhooks(SimClock clock) {
    this.clock = clock;
  }

  @Override
  public Dialect dialect() {
    return Dialect.UNIFIED;
  }

  @Override
  public Optional<OutgoingWebhook> terminal(SimTask task, TaskState state) {
    return build(task, state);
  }

  @Override
  public Optional<OutgoingWebhook> early(SimTask task) {
    return build(task, new TaskState(TaskPhase.SUCCEEDED, 100, null));
  }

  private Optional<OutgoingWebhook> build(SimTask task, TaskState state) {
    String url = task.spec().webhookUrl();
    if (url == null) {
      return Optional.empty();
    }
    byte[] body = Json.bytes(UnifiedBodies.task(task, state, clock.now()));
    return Optional.of(new OutgoingWebhook(Dialect.UNIFIED, task.id(), url, body, Map.of()));
  }
}
