package io.seedancerunner.simulator.seedanceapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.seedancerunner.simulator.http.BaseUrls;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.FailureKind;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskSpec;
import io.seedancerunner.simulator.tasks.TaskState;
import java.time.temporal.ChronoUnit;

/**
 * seedanceapi JSON bodies (seed 001): {@code {"code":200,"message":"success","data":{...}}} on
 * success, {@code {"code":"<CODE>","message","data":null}} on errors (see {@link SeedanceApiError}).
 */
final class SeedanceApiBodies {

  private SeedanceApiBodies() {}

  /**
   * @param error  the error code
   * @param detail detail appended to the seed's description, or null
   * @return the error answer with the code's HTTP status
   */
  static MutableHttpResponse<ObjectNode> error(SeedanceApiError error, String detail) {
    String message = detail == null || detail.equals(error.message()) ? error.message() : error.message() + ": " + detail;
    ObjectNode body = Json.object().put("code", error.name()).put("message", message);
    body.putNull("data");
    return HttpResponse.<ObjectNode>status(error.status()).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
  }

  /**
   * @param data the {@code data} object
   * @return 200 {@code {"code":200,"message":"success","data":data}}
   */
  static MutableHttpResponse<ObjectNode> ok(ObjectNode data) {
    return HttpResponse.ok(envelope(data)).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /**
   * @param data the {@code data} object
   * @return {@code {"code":200,"message":"success","data":data}}
   */
  static ObjectNode envelope(ObjectNode data) {
    ObjectNode body = Json.object().put("code", 200).put("message", "success");
    body.set("data", data);
    return body;
  }

  /**
   * @param task a new task
   * @return {@code {"task_id","status":"IN_PROGRESS"}}
   */
  static ObjectNode submitted(SimTask task) {
    return Json.object().put("task_id", task.id()).put("status", "IN_PROGRESS");
  }

  /**
   * The status {@code data}: {@code task_id, status, consumed_credits, created_at, request,
   * response (array of URLs, empty until SUCCESS), error_message}. {@code consumed_credits} is
   * the charge, 0 for a FAILED task ("Failed generations do not consume credits").
   *
   * @param task  a task
   * @param state its state
   * @return the data object
   */
  static ObjectNode status(SimTask task, TaskState state) {
    ObjectNode data = Json.object().put("task_id", task.id()).put("status", status(state.phase()));
    data.put("consumed_credits", state.phase() == TaskPhase.SUCCEEDED || !state.phase().terminal() ? task.charge() : 0);
    data.put("created_at", task.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
    data.set("request", request(task.spec()));
    ArrayNode response = data.putArray("response");
    if (state.phase() == TaskPhase.SUCCEEDED) {
      response.add(BaseUrls.resultUrl(task.baseUrl(), task.id()));
    }
    if (state.phase() == TaskPhase.FAILED) {
      data.put("error_message", failureMessage(state.failure()));
    } else if (state.phase() == TaskPhase.CANCELLED) {
      data.put("error_message", "task cancelled");
    } else {
      data.putNull("error_message");
    }
    return data;
  }

  private static ObjectNode request(TaskSpec spec) {
    ObjectNode r = Json.object().put("prompt", spec.prompt()).put("aspect_ratio", spec.aspectRatio())
        .put("resolution", spec.resolution()).put("duration", String.valueOf(spec.durationSeconds()))
        .put("generate_audio", spec.generateAudio()).put("fixed_lens", spec.fixedLens());
    if (spec.hasFirstFrame()) {
      spec.imageUrls().forEach(r.putArray("image_urls")::add);
    }
    return r;
  }

  /**
   * @param phase a lifecycle phase
   * @return IN_PROGRESS (queued or processing), SUCCESS, or FAILED (failed; cancelled, which
   *         seedanceapi cannot produce, would also read FAILED)
   */
  static String status(TaskPhase phase) {
    return switch (phase) {
      case QUEUED, PROCESSING -> "IN_PROGRESS";
      case SUCCEEDED -> "SUCCESS";
      case FAILED, CANCELLED -> "FAILED";
    };
  }

  private static String failureMessage(FailureKind kind) {
    return switch (kind) {
      case MODERATION -> "content policy violation";
      case GENERATION -> "generation failed";
      case INTERNAL -> "internal error: the video could not be rendered";
    };
  }
}
