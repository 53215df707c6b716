package io.seedancerunner.simulator.openaivideos;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;
import io.seedancerunner.simulator.webhooks.OutgoingWebhook;
import io.seedancerunner.simulator.webhooks.WebhookPayloads;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * openai-videos callbacks: seed 002 says only "Callback URL invoked when the task finishes"
 * ({@code metadata.callback_url}). Our choice: a POST of the task detail, the same body as
 * {@code GET /v1/videos/{task_id}} (SUCCESS or FAILURE), unsigned (the seed has no signature).
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class OpenAiVideosWebhooks implements WebhookPayloads {

  @Override
  public Dialect dialect() {
    return Dialect.OPENAI_VIDEOS;
  }

  @Override
  public Optional<OutgoingWebhook> terminal(SimTask task, TaskState state) {
    return build(task, state);
  }

  @Override
  public Optional<OutgoingWebhook> early(SimTask task) {
    return build(task, new TaskState(TaskPhase.SUCCEEDED, 100, null));
  }

  private static Optional<OutgoingWebhook> build(SimTask task, TaskState state) {
    String url = task.spec().webhookUrl();
    if (url == null) {
      return Optional.empty();
    }
    byte[] body = Json.bytes(OpenAiVideosBodies.detail(task, state, false));
    return Optional.of(new OutgoingWebhook(Dialect.OPENAI_VIDEOS, task.id(), url, body, Map.of()));
  }
}
