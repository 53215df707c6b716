package io.seedancerunner.simulator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;
import io.seedancerunner.simulator.webhooks.OutgoingWebhook;
import io.seedancerunner.simulator.webhooks.WebhookPayloads;
import io.seedancerunner.simulator.webhooks.WebhookSignature;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * open-api callbacks (seed 000 "Completion webhook payload"), sent to the request's
 * {@code webhookUrl}, else to {@code simulator.open-api.default-webhook-url}. Sent for every
 * terminal status (succeeded, failed, cancelled). With {@code simulator.open-api.webhook-secret}
 * set, they carry {@code x-seedance-signature} over the exact body bytes.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class OpenApiWebhooks implements WebhookPayloads {

  private final OpenApiSettings settings;

  /** @param settings open-api settings */
  public OpenApiWebhooks(OpenApiSettings settings) {
    this.settings = settings;
  }

  @Override
  public Dialect dialect() {
    return Dialect.OPEN_API;
  }

  @Override
  public Optional<OutgoingWebhook> terminal(SimTask task, TaskState state) {
    return build(task, OpenApiBodies.event(task, state));
  }

  @Override
  public Optional<OutgoingWebhook> early(SimTask task) {
    return build(task, OpenApiBodies.event(task, new TaskState(TaskPhase.SUCCEEDED, 100, null)));
  }

  private Optional<OutgoingWebhook> build(SimTask task, ObjectNode payload) {
    Optional<String> url = Optional.ofNullable(task.spec().webhookUrl()).or(settings::defaultWebhookUrl);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    byte[] body = Json.bytes(payload);
    Map<String, String> headers = new HashMap<>();
    settings.webhookSecret().ifPresent(s -> headers.put(WebhookSignature.HEADER, WebhookSignature.sign(s, body)));
    return Optional.of(new OutgoingWebhook(Dialect.OPEN_API, task.id(), url.get(), body, headers));
  }
}
