package io.seedancerunner.simulator.seedance2ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.seedancerunner.simulator.http.BaseUrls;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.FailureKind;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * seedance2ai JSON bodies (seed 003). Receipt (202):
 * {@code {"id":"sd2_...","status":"processing","model":"seedance2","quality_tier","channel","credits_used"}};
 * task: the receipt's fields plus {@code credits_refunded, output{video_url,last_frame_url,seed}|null,
 * error{code,message}|null, created_at, updated_at}; error: {@code {"error":{"code","message"}}}.
 *
 * <p>Our choices where the seed is silent: a task is {@code processing} from creation until it ends
 * (the seed has no queued word); a failed task's whole charge is refunded
 * ({@code credits_refunded = credits_used}); failure codes {@code content_policy_violation},
 * {@code generation_failed}, {@code internal_error}; {@code output.seed} is the seed asked for, or
 * one drawn from the task id; {@code updated_at} is the end of generation once the task ended,
 * else the time of the answer.
 */
final class Seedance2AiBodies {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private Seedance2AiBodies() {}

  /**
   * @param error   the error
   * @param message human-readable detail
   * @return {@code {"error":{"code","message"}}} with the code's HTTP status
   */
  static MutableHttpResponse<ObjectNode> error(Seedance2AiError error, String message) {
    ObjectNode body = Json.object();
    body.putObject("error").put("code", error.code()).put("message", message);
    return HttpResponse.<ObjectNode>status(error.status()).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
  }

  /**
   * @param body a receipt
   * @return 202 Accepted with that body (seed 003: "Response202")
   */
  static MutableHttpResponse<ObjectNode> accepted(ObjectNode body) {
    return HttpResponse.<ObjectNode>status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
  }

  /**
   * @param body a task
   * @return 200 with that body
   */
  static MutableHttpResponse<ObjectNode> ok(ObjectNode body) {
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /**
   * @param task a new task
   * @return the receipt
   */
  static ObjectNode receipt(SimTask task) {
    JsonNode meta = task.spec().metadata();
    return Json.object().put("id", task.id()).put("status", "processing").put("model", Seedance2AiCatalogue.MODEL)
        .put("quality_tier", meta.get("quality_tier").asText()).put("channel", meta.get("channel").asText())
        .put("credits_used", task.charge());
  }

  /**
   * @param task  a task
   * @param state its state at {@code now}
   * @param now   the instant of the answer
   * @return the task body of {@code GET /api/v1/tasks/{id}}
   */
  static ObjectNode task(SimTask task, TaskState state, Instant now) {
    ObjectNode body = receipt(task).put("status", status(state.phase()));
    boolean refunded = state.phase() == TaskPhase.FAILED || state.phase() == TaskPhase.CANCELLED;
    body.put("credits_refunded", refunded ? task.charge() : 0);
    if (state.phase() == TaskPhase.SUCCEEDED) {
      body.putObject("output")
          .put("video_url", BaseUrls.resultUrl(task.baseUrl(), task.id()))
          .put("last_frame_url", lastFrameUrl(task))
          .put("seed", seed(task));
    } else {
      body.putNull("output");
    }
    if (refunded) {
      body.putObject("error").put("code", failureCode(state.failure())).put("message", failureMessage(state.failure()));
    } else {
      body.putNull("error");
    }
    body.put("created_at", TIME.format(task.createdAt()));
    body.put("updated_at", TIME.format(state.phase().terminal() ? task.createdAt().plus(task.generationTime()) : now));
    return body;
  }

  /**
   * @param task a task
   * @return {@code <base>/sim/seedance2ai/frames/<id>.png}, served by {@link Seedance2AiFrames}
   */
  static String lastFrameUrl(SimTask task) {
    return task.baseUrl() + Seedance2AiFrames.PATH + "/" + task.id() + ".png";
  }

  /**
   * @param phase a lifecycle phase
   * @return processing (queued or processing), completed, or failed (failed; cancelled, which this
   *         dialect cannot produce, would read failed too)
   */
  static String status(TaskPhase phase) {
    return switch (phase) {
      case QUEUED, PROCESSING -> "processing";
      case SUCCEEDED -> "completed";
      case FAILED, CANCELLED -> "failed";
    };
  }

  private static long seed(SimTask task) {
    JsonNode asked = task.spec().metadata().get("seed");
    if (asked != null && asked.asLong() >= 0) {
      return asked.asLong();
    }
    return Integer.toUnsignedLong(task.id().hashCode());
  }

  private static String failureCode(FailureKind kind) {
    if (kind == null) {
      return "cancelled";
    }
    return switch (kind) {
      case MODERATION -> "content_policy_violation";
      case GENERATION -> "generation_failed";
      case INTERNAL -> "internal_error";
    };
  }

  private static String failureMessage(FailureKind kind) {
    if (kind == null) {
      return "The task was cancelled; its credits were refunded";
    }
    return switch (kind) {
      case MODERATION -> "The prompt was rejected by content moderation; credits refunded";
      case GENERATION -> "Video generation failed; credits refunded";
      case INTERNAL -> "The video could not be rendered; credits refunded";
    };
  }
}
