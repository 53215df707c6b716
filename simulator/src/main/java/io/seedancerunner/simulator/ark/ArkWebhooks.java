package io.seedancerunner.simulator.ark;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskState;
import io.seedancerunner.simulator.webhooks.OutgoingWebhook;
import io.seedancerunner.simulator.webhooks.WebhookPayloads;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * ark callbacks: a POST of the task object (the query answer, {@link ArkBodies#task}) to the
 * request's {@code callback_url}, unsigned. The docs say the platform calls back "when the task
 * status changes" and list queued, running, succeeded, failed and expired; the simulator calls
 * back when a task starts running (sent by {@link ArkSweeper}) and when it ends (succeeded,
 * failed, cancelled, expired), not for the queued status a task is born with (our reading).
 * Retries follow the shared sender (3 retries after 1, 2, 4 s; the docs: 3 retries when no answer
 * within 5 s).
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkWebhooks implements WebhookPayloads {

  private final ArkTasks tasks;
  private final ArkBodies bodies;

  /**
   * @param tasks  ark task states
   * @param bodies ark bodies
   */
  public ArkWebhooks(ArkTasks tasks, ArkBodies bodies) {
    this.tasks = tasks;
    this.bodies = bodies;
  }

  @Override
  public Dialect dialect() {
    return Dialect.ARK;
  }

  @Override
  public Optional<OutgoingWebhook> terminal(SimTask task, TaskState state) {
    return build(task, tasks.statusOf(task));
  }

  @Override
  public Optional<OutgoingWebhook> early(SimTask task) {
    return build(task, ArkStatus.SUCCEEDED);
  }

  /**
   * @param task a task that just started running
   * @return its running callback, or empty without a callback URL
   */
  Optional<OutgoingWebhook> running(SimTask task) {
    return build(task, ArkStatus.RUNNING);
  }

  private Optional<OutgoingWebhook> build(SimTask task, ArkStatus status) {
    String url = task.spec().webhookUrl();
    if (url == null) {
      return Optional.empty();
    }
    byte[] body = Json.bytes(bodies.task(task, status));
    return Optional.of(new OutgoingWebhook(Dialect.ARK, task.id(), url, body, Map.of()));
  }
}
