package io.seedancerunner.simulator.openapi;

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

/**
 * open-api JSON bodies (seed 000 and docs/providers/open-api.md). Beyond the documented fields the status
 * body adds {@code resolution}, {@code progress} (0..100), {@code creditsCharged} and
 * {@code createdAt}; clients ignore unknown fields.
 */
final class OpenApiBodies {

  private OpenApiBodies() {}

  /**
   * @param error   the error
   * @param message human-readable detail
   * @return the error answer: {@code {"success":false,"error":{"code","message"}}}
   */
  static MutableHttpResponse<ObjectNode> error(OpenApiError error, String message) {
    ObjectNode body = Json.object().put("success", false);
    body.putObject("error").put("code", error.code()).put("message", message);
    return HttpResponse.<ObjectNode>status(error.status()).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
  }

  /**
   * @param body a success body
   * @return 200 with that body
   */
  static MutableHttpResponse<ObjectNode> ok(ObjectNode body) {
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /**
   * @param task a new task
   * @return {@code {"success":true,"requestId","status":"queued","creditsCharged"}}
   */
  static ObjectNode submitted(SimTask task) {
    return Json.object().put("success", true).put("requestId", task.id()).put("status", "queued")
        .put("creditsCharged", task.charge());
  }

  /**
   * @param task  a task
   * @param state its state now
   * @return the status body: {@code {"success":true,"requestId","status","model","prompt",
   *         "duration","aspectRatio","output":{"type":"video","url"}|null,"error":{...}|null,...}}
   */
  static ObjectNode status(SimTask task, TaskState state) {
    ObjectNode body = event(task, state);
    body.put("model", task.spec().model());
    body.put("prompt", task.spec().prompt());
    body.put("duration", task.spec().durationSeconds());
    body.put("aspectRatio", task.spec().aspectRatio());
    body.put("resolution", task.spec().resolution());
    body.put("progress", state.progress());
    // A failed or cancelled task is refunded (CreditAccounts), so its status says it charged nothing.
    boolean refunded = state.phase() == TaskPhase.FAILED || state.phase() == TaskPhase.CANCELLED;
    body.put("creditsCharged", refunded ? 0 : task.charge());
    body.put("createdAt", task.createdAt().toString());
    if (task.spec().metadata() != null) {
      body.set("metadata", task.spec().metadata());
    }
    return body;
  }

  /**
   * The completion webhook payload of seed 000, also the core of the status body:
   * {@code {"success":true,"requestId","status","output","error"}}. {@code success} stays true
   * for failed and cancelled tasks: it reports the call, the task's outcome is in
   * {@code status} and {@code error} (our reading of the seed).
   *
   * @param task  a task
   * @param state its state
   * @return the payload
   */
  static ObjectNode event(SimTask task, TaskState state) {
    ObjectNode body = Json.object().put("success", true).put("requestId", task.id())
        .put("status", status(state.phase()));
    if (state.phase() == TaskPhase.SUCCEEDED) {
      body.putObject("output").put("type", "video").put("url", BaseUrls.resultUrl(task.baseUrl(), task.id()));
    } else {
      body.putNull("output");
    }
    if (state.phase() == TaskPhase.FAILED) {
      body.putObject("error").put("code", failureCode(state.failure())).put("message", failureMessage(state.failure()));
    } else {
      body.putNull("error");
    }
    return body;
  }

  /**
   * @param phase a lifecycle phase
   * @return the open-api status word
   */
  static String status(TaskPhase phase) {
    return switch (phase) {
      case QUEUED -> "queued";
      case PROCESSING -> "processing";
      case SUCCEEDED -> "succeeded";
      case FAILED -> "failed";
      case CANCELLED -> "cancelled";
    };
  }

  private static String failureCode(FailureKind kind) {
    return switch (kind) {
      case MODERATION -> "content_moderation";
      case GENERATION -> "generation_failed";
      case INTERNAL -> "internal_error";
    };
  }

  private static String failureMessage(FailureKind kind) {
    return switch (kind) {
      case MODERATION -> "The prompt was rejected by content moderation";
      case GENERATION -> "Video generation failed";
      case INTERNAL -> "The video could not be rendered";
    };
  }
}
