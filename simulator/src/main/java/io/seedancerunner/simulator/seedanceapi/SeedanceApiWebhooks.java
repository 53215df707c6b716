package io.seedancerunner.simulator.seedanceapi;

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
 * seedanceapi callbacks to the request's {@code callback_url}. Seed 001 says only that "the API
 * will send the result to your callback URL"; we send exactly the status endpoint's answer
 * ({@code {"code":200,"message":"success","data":{task_id,status,...}}}), the shape seed 004
 * documents for its own callbacks. Unsigned: the seed documents no signature.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class SeedanceApiWebhooks implements WebhookPayloads {

  @Override
  public Dialect dialect() {
    return Dialect.SEEDANCEAPI;
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
    byte[] body = Json.bytes(SeedanceApiBodies.envelope(SeedanceApiBodies.status(task, state)));
    return Optional.of(new OutgoingWebhook(Dialect.SEEDANCEAPI, task.id(), url, body, Map.of()));
  }
}
