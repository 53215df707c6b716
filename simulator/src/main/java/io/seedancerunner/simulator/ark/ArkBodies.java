package io.seedancerunner.simulator.ark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.FailureKind;
import io.seedancerunner.simulator.tasks.SimTask;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * ark JSON bodies. The task object follows the query task API's answer (Volcengine Ark,
 * https://www.volcengine.com/docs/82379/1521309, the same API as BytePlus ModelArk, and the sample
 * answers quoted on the mirrors cited in {@code ArkCatalogue}):
 *
 * <pre>
 * {"id":"cgt-...","model":"...","status":"succeeded","error":null,
 *  "content":{"video_url":"https://...","last_frame_url":"https://..."},
 *  "usage":{"completion_tokens":86400,"total_tokens":86400},
 *  "created_at":1743414619,"updated_at":1743414673,"seed":10,"resolution":"720p","ratio":"16:9",
 *  "duration":5,"framespersecond":24,"service_tier":"default","execution_expires_after":172800,
 *  "generate_audio":true,"draft":false,"camera_fixed":false,"watermark":false,
 *  "request_content":[{"type":"text","text":"..."}, ...]}
 * </pre>
 *
 * {@code content} and {@code usage} appear once succeeded ("Only successfully generated videos
 * are charged"); {@code last_frame_url} only with {@code return_last_frame}; {@code error} is
 * {@code {code,message}} for failed tasks, else null; {@code ratio} is the ratio the video was
 * made in ({@code adaptive} resolved). {@code request_content} is the simulator's own addition,
 * the create request's {@code content[]} echoed: the real task object carries no prompt, so
 * without it a client could not tell two tasks of the same shape apart when reconciling.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkBodies {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ArkTasks tasks;
  private final ArkUrls urls;

  /**
   * @param tasks ark task states
   * @param urls  presigned URLs
   */
  public ArkBodies(ArkTasks tasks, ArkUrls urls) {
    this.tasks = tasks;
    this.urls = urls;
  }

  /**
   * @param error  the code
   * @param detail the message, or null for the documented one
   * @param param  the offending field, or null
   * @return the answer {@code {"error":{"code","message","param","type"}}} with the code's status
   */
  static MutableHttpResponse<ObjectNode> error(ArkError error, String detail, String param) {
    ObjectNode body = Json.object();
    body.putObject("error")
        .put("code", error.code())
        .put("message", (detail == null ? error.message() : detail) + " Request id: " + requestId())
        .put("param", param == null ? "" : param)
        .put("type", error.type());
    return HttpResponse.<ObjectNode>status(error.status()).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
  }

  /**
   * @param body a success body
   * @return 200 with it
   */
  static MutableHttpResponse<ObjectNode> ok(ObjectNode body) {
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /**
   * @param task a new task
   * @return {@code {"id":"cgt-..."}}, all the create API answers
   */
  static ObjectNode created(SimTask task) {
    return Json.object().put("id", task.id());
  }

  /**
   * @param task   an ark task (expired first where due)
   * @param status the status to report; the task's own, or {@code succeeded} for a forged callback
   * @return the task object
   */
  ObjectNode task(SimTask task, ArkStatus status) {
    ArkOrder order = new ArkOrder(task.spec());
    ArkTasks.Seen seen = tasks.seen(task);
    ObjectNode o = Json.object().put("id", task.id()).put("model", task.spec().model()).put("status", status.word());
    if (status == ArkStatus.FAILED) {
      FailureKind kind = tasks.state(task).failure();
      o.putObject("error").put("code", failureCode(kind)).put("message", failureMessage(kind));
    } else {
      o.putNull("error");
    }
    if (status == ArkStatus.SUCCEEDED) {
      ObjectNode content = o.putObject("content");
      content.put("video_url", urls.presign(task.baseUrl(), task.id(), ArkUrls.VIDEO, seen.at()));
      if (order.returnLastFrame()) {
        content.put("last_frame_url", urls.presign(task.baseUrl(), task.id(), ArkUrls.LAST_FRAME, seen.at()));
      }
      long tokens = order.tokens();
      o.putObject("usage").put("completion_tokens", tokens).put("total_tokens", tokens);
    }
    o.put("created_at", task.createdAt().getEpochSecond());
    o.put("updated_at", seen.at().getEpochSecond());
    o.put("seed", order.seed());
    o.put("resolution", task.spec().resolution());
    o.put("ratio", task.spec().aspectRatio());
    o.put("duration", task.spec().durationSeconds());
    o.put("framespersecond", ArkModels.FPS);
    o.put("service_tier", order.serviceTier());
    o.put("execution_expires_after", order.expiresAfter());
    o.put("generate_audio", task.spec().generateAudio());
    o.put("draft", false);
    o.put("camera_fixed", order.cameraFixed());
    o.put("watermark", order.watermark());
    o.set("request_content", order.content().deepCopy());
    return o;
  }

  /**
   * @param items the page's tasks with their statuses
   * @param total how many tasks match the filter in all
   * @return {@code {"items":[task...],"total":n}}
   */
  ObjectNode list(List<SimTask> items, long total) {
    ObjectNode body = Json.object();
    ArrayNode array = body.putArray("items");
    for (SimTask t : items) {
      array.add(task(t, tasks.statusOf(t)));
    }
    body.put("total", total);
    return body;
  }

  /**
   * @param kind why the task failed
   * @return the error code of the failed task: a moderation refusal reads
   *     {@code InputTextSensitiveContentDetected}, anything else {@code InternalServiceError}
   *     (both from the common error code table)
   */
  static String failureCode(FailureKind kind) {
    return kind == FailureKind.MODERATION ? "InputTextSensitiveContentDetected" : "InternalServiceError";
  }

  private static String failureMessage(FailureKind kind) {
    return switch (kind) {
      case MODERATION -> "The request failed because the input text may contain sensitive information.";
      case GENERATION -> "The video generation failed. Please try again later.";
      case INTERNAL -> "The service encountered an unexpected internal error: the video could not be rendered.";
    };
  }

  private static String requestId() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
