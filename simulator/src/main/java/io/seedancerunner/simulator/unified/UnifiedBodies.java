package io.seedancerunner.simulator.unified;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.seedancerunner.simulator.http.BaseUrls;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.FailureKind;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;
import java.time.Duration;
import java.time.Instant;

/**
 * unified JSON bodies. A task, as the submit, the status endpoint, the cancel endpoint and the
 * callbacks answer it (docs/providers/unified.md):
 *
 * <pre>
 * {"id":"task-unified-1756817821-...","object":"video.generation.task","created":1756817821,
 *  "model":"seedance-2.0-text-to-video","status":"pending|processing|completed|failed","progress":0..100,
 *  "results":["https://...mp4"],"type":"video",
 *  "task_info":{"can_cancel":true,"estimated_time":165,"video_duration":5},
 *  "usage":{"billing_rule":"per_second","credits_reserved":100,"user_group":"default"},
 *  "error":{"code":"...","message":"..."}}
 * </pre>
 *
 * <p>Our choices where the seed is silent: a cancelled task reads {@code cancelled} (the seed's
 * callbacks fire on "completed, failed, or cancelled"); {@code can_cancel} is true while pending or
 * processing; {@code estimated_time} is the whole seconds left until the task is expected to end,
 * 0 once it has; {@code credits_reserved} drops to 0 once a task failed or was cancelled (the
 * reservation is released); {@code error} is present only when failed; {@code results} is empty
 * until completed and again {@value #RESULT_HOURS} h after the end ("valid for 24 hours"), though
 * the file itself stays served. Errors: {@code {"error":{"code":<status>,"message","type","param"}}}.
 */
final class UnifiedBodies {

  /** How long a result link is valid, in hours (seed 004). */
  static final int RESULT_HOURS = 24;

  private UnifiedBodies() {}

  /**
   * @param error   the error
   * @param message human-readable detail
   * @param param   the field at fault, or null
   * @return the error answer with its HTTP status
   */
  static MutableHttpResponse<ObjectNode> error(UnifiedError error, String message, String param) {
    ObjectNode body = Json.object();
    ObjectNode e = body.putObject("error").put("code", error.status().getCode()).put("message", message)
        .put("type", error.type());
    if (param != null) {
      e.put("param", param);
    }
    return HttpResponse.<ObjectNode>status(error.status()).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
  }

  /**
   * @param body a task
   * @return 200 with that body
   */
  static MutableHttpResponse<ObjectNode> ok(ObjectNode body) {
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /**
   * @param task  a task
   * @param state its state at {@code now}
   * @param now   the instant of the answer
   * @return the task body
   */
  static ObjectNode task(SimTask task, TaskState state, Instant now) {
    TaskPhase phase = state.phase();
    Instant end = task.createdAt().plus(task.generationTime());
    ObjectNode body = Json.object().put("id", task.id()).put("object", "video.generation.task")
        .put("created", task.createdAt().getEpochSecond()).put("model", task.spec().model())
        .put("status", status(phase)).put("progress", state.progress());
    var results = body.putArray("results");
    if (phase == TaskPhase.SUCCEEDED && now.isBefore(end.plus(Duration.ofHours(RESULT_HOURS)))) {
      results.add(BaseUrls.resultUrl(task.baseUrl(), task.id()));
    }
    body.put("type", "video");
    long left = phase.terminal() ? 0 : Math.max(0, (Duration.between(now, end).toMillis() + 999) / 1000);
    body.putObject("task_info").put("can_cancel", !phase.terminal()).put("estimated_time", left)
        .put("video_duration", task.spec().durationSeconds());
    boolean released = phase == TaskPhase.FAILED || phase == TaskPhase.CANCELLED;
    body.putObject("usage").put("billing_rule", "per_second").put("credits_reserved", released ? 0 : task.charge())
        .put("user_group", "default");
    if (phase == TaskPhase.FAILED) {
      body.putObject("error").put("code", failureCode(state.failure())).put("message", failureMessage(state.failure()));
    }
    return body;
  }

  /**
   * @param phase a lifecycle phase
   * @return pending, processing, completed, failed or cancelled
   */
  static String status(TaskPhase phase) {
    return switch (phase) {
      case QUEUED -> "pending";
      case PROCESSING -> "processing";
      case SUCCEEDED -> "completed";
      case FAILED -> "failed";
      case CANCELLED -> "cancelled";
    };
  }

  private static String failureCode(FailureKind kind) {
    return switch (kind) {
      case MODERATION -> "content_policy_violation";
      case GENERATION -> "generation_failed";
      case INTERNAL -> "internal_error";
    };
  }

  private static String failureMessage(FailureKind kind) {
    return switch (kind) {
      case MODERATION -> "The prompt was rejected by the content filter";
      case GENERATION -> "Video generation failed";
      case INTERNAL -> "The video could not be rendered";
    };
  }
}
