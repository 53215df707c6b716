package io.seedancerunner.simulator.openaivideos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.FailureKind;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;

/**
 * openai-videos JSON bodies (seed 002). Fields sit at the top level, no {@code data} wrapper.
 *
 * <ul>
 *   <li>receipt: {@code {"id","task_id","object":"video","model","status","progress":0,"created_at"}}
 *       ({@code created_at} in Unix seconds, {@code progress} an integer as the seed's receipt has it);
 *   <li>task detail (status answer and callback body): the receipt's fields with {@code progress} as
 *       a percentage string such as {@code "50%"} (seed: "Progress percentage string"), plus
 *       {@code result_url} = {@code /v1/videos/{task_id}/content} when SUCCESS and
 *       {@code fail_reason} when FAILURE. Our additions: {@code seconds} (the duration as a string,
 *       the OpenAI field), {@code prompt}, {@code metadata} (the request as resolved, see
 *       {@link OpenAiVideosRequests}) and, when {@code metadata.return_last_frame} was asked,
 *       {@code last_frame_url} = {@code /v1/videos/{task_id}/last_frame} once SUCCESS (the seed names
 *       no field for it). Both URLs are paths relative to the gateway's base, in the form the
 *       seed gives;
 *   <li>error: {@code {"error":{"message","type","code"}}} and nothing else. A failed task never
 *       carries {@code error}: that key marks a failed call (seed: "check for the error field").
 * </ul>
 */
final class OpenAiVideosBodies {

  private OpenAiVideosBodies() {}

  /**
   * @param error   the error
   * @param message what is wrong
   * @return the error answer with the error's HTTP status
   */
  static MutableHttpResponse<ObjectNode> error(OpenAiVideosError error, String message) {
    ObjectNode body = Json.object();
    body.putObject("error").put("message", message).put("type", error.type()).put("code", error.code());
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
   * @param task    a new task
   * @param waiting whether it waits behind an older queued task (status SUBMITTED)
   * @return the submission receipt
   */
  static ObjectNode receipt(SimTask task, boolean waiting) {
    ObjectNode body = Json.object().put("id", task.id()).put("task_id", task.id()).put("object", "video")
        .put("model", task.spec().model()).put("status", waiting ? "SUBMITTED" : "QUEUED").put("progress", 0);
    body.put("created_at", task.createdAt().getEpochSecond());
    return body;
  }

  /**
   * @param task    a task
   * @param state   its state now
   * @param waiting whether it waits behind an older queued task (shown SUBMITTED while queued)
   * @return the task detail
   */
  static ObjectNode detail(SimTask task, TaskState state, boolean waiting) {
    ObjectNode body = Json.object().put("id", task.id()).put("task_id", task.id()).put("object", "video")
        .put("model", task.spec().model()).put("status", status(state.phase(), waiting))
        .put("progress", state.progress() + "%");
    body.put("created_at", task.createdAt().getEpochSecond());
    body.put("seconds", String.valueOf(task.spec().durationSeconds()));
    if (task.spec().prompt() != null) {
      body.put("prompt", task.spec().prompt());
    }
    body.set("metadata", task.spec().metadata().deepCopy());
    if (state.phase() == TaskPhase.SUCCEEDED) {
      body.put("result_url", "/v1/videos/" + task.id() + "/content");
      if (returnsLastFrame(task)) {
        body.put("last_frame_url", "/v1/videos/" + task.id() + "/last_frame");
      }
    }
    if (state.phase() == TaskPhase.FAILED || state.phase() == TaskPhase.CANCELLED) {
      body.put("fail_reason", state.failure() == null ? "The task was cancelled" : failReason(state.failure()));
    }
    return body;
  }

  /** @return whether the request asked for {@code metadata.return_last_frame} */
  static boolean returnsLastFrame(SimTask task) {
    return task.spec().metadata() != null && task.spec().metadata().path("return_last_frame").asBoolean(false);
  }

  /**
   * @param phase   a lifecycle phase
   * @param waiting whether a queued task waits behind an older queued one
   * @return SUBMITTED (queued, waiting), QUEUED, IN_PROGRESS, SUCCESS or FAILURE (failed; a
   *         cancelled task, which this dialect cannot produce, would read FAILURE too)
   */
  static String status(TaskPhase phase, boolean waiting) {
    return switch (phase) {
      case QUEUED -> waiting ? "SUBMITTED" : "QUEUED";
      case PROCESSING -> "IN_PROGRESS";
      case SUCCEEDED -> "SUCCESS";
      case FAILED, CANCELLED -> "FAILURE";
    };
  }

  private static String failReason(FailureKind kind) {
    return switch (kind) {
      case MODERATION -> "The request was rejected by content moderation";
      case GENERATION -> "Video generation failed";
      case INTERNAL -> "The video could not be rendered";
    };
  }
}
