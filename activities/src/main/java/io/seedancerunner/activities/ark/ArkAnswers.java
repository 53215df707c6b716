package io.seedancerunner.activities.ark;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.workflows.model.TaskState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads {@code ark} answers. The task object (query task API, Volcengine Ark,
 * https://www.volcengine.com/docs/82379/1521309, the same API as BytePlus ModelArk):
 * {@code {"id","model","status","error":{code,message}|null,"content":{"video_url","last_frame_url"},
 * "usage":{"completion_tokens","total_tokens"},"created_at":<unix seconds>,"updated_at",...,
 * "duration","resolution","ratio"}}; errors: {@code {"error":{"code","message","param","type"}}}
 * (common error codes, https://docs.byteplus.com/en/docs/ModelArk/1299023). Read tolerantly:
 * numbers as strings, {@code created_at} in seconds, milliseconds or ISO-8601, a plain string
 * {@code error}, unknown fields ignored.
 */
final class ArkAnswers {

  private ArkAnswers() {}

  /**
   * Maps the six status words of the query API (queued, running, cancelled, succeeded, failed,
   * expired). Not documented, mapped because a careful client survives them: {@code canceled}.
   * Anything else is {@link TaskState#UNKNOWN}.
   *
   * @param status the status word, may be {@code null}
   * @return the internal state
   */
  static TaskState state(String status) {
    if (status == null) {
      return TaskState.UNKNOWN;
    }
    return switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "queued" -> TaskState.QUEUED;
      case "running" -> TaskState.RUNNING;
      case "succeeded" -> TaskState.SUCCEEDED;
      case "failed" -> TaskState.FAILED;
      case "cancelled", "canceled" -> TaskState.CANCELLED;
      case "expired" -> TaskState.EXPIRED;
      default -> TaskState.UNKNOWN;
    };
  }

  /**
   * @param root an answer
   * @return true when it is an error answer: an {@code error} object (or string) and no task
   *     {@code id} (a failed task carries both, and is not an error answer)
   */
  static boolean isError(JsonNode root) {
    if (root == null) {
      return false;
    }
    JsonNode error = root.get("error");
    return error != null && !error.isNull() && JsonFields.text(root, "id") == null;
  }

  /** @return {@code error.code}, or a plain-string {@code error}, or a top-level {@code code}; else null */
  static String errorCode(JsonNode node) {
    JsonNode error = node == null ? null : node.get("error");
    if (error != null && error.isObject()) {
      return JsonFields.text(error, "code");
    }
    if (error != null && error.isTextual()) {
      return JsonFields.text(node, "error");
    }
    return JsonFields.text(node, "code");
  }

  /** @return {@code error.message}, else a top-level {@code message}; else null */
  static String errorMessage(JsonNode node) {
    return JsonFields.errorMessage(node);
  }

  /**
   * The HTTP status an error code stands for, when the answer came with a 2xx (not seen from ark;
   * tolerated): the statuses of the common error code table; unknown codes count as 400.
   *
   * @param code the error code, may be null
   * @return the HTTP status
   */
  static int statusOf(String code) {
    if (code == null) {
      return 400;
    }
    if (code.startsWith("RateLimitExceeded") || code.startsWith("QuotaExceeded") || code.endsWith("RateLimitExceeded")) {
      return 429;
    }
    if (code.startsWith("InvalidEndpointOrModel") || code.equals("ModelNotOpen") || code.equals("ResourceNotFound")
        || code.startsWith("InvalidEndpoint.NotFound")) {
      return 404;
    }
    return switch (code) {
      case "AuthenticationError" -> 401;
      case "AccountOverdueError", "AccessDenied" -> 403;
      case "ServerOverloaded" -> 503;
      case "InternalServiceError" -> 500;
      default -> 400;
    };
  }

  /** @return {@code content.video_url}, or null */
  static String videoUrl(JsonNode task) {
    return JsonFields.text(JsonFields.object(task, "content"), "video_url");
  }

  /** @return {@code content.last_frame_url}, or null */
  static String lastFrameUrl(JsonNode task) {
    return JsonFields.text(JsonFields.object(task, "content"), "last_frame_url");
  }

  /** @return {@code usage.total_tokens}, else {@code usage.completion_tokens}, in tokens; else null */
  static Double tokens(JsonNode task) {
    JsonNode usage = JsonFields.object(task, "usage");
    Double total = JsonFields.number(usage, "total_tokens");
    return total != null ? total : JsonFields.number(usage, "completion_tokens");
  }

  /**
   * @param task a task object
   * @return {@code created_at}: unix seconds (values above 10^12 read as milliseconds) or an
   *     ISO-8601 instant; null when absent or unreadable
   */
  static Instant createdAt(JsonNode task) {
    Double n = JsonFields.number(task, "created_at");
    if (n != null) {
      return n > 1e12 ? Instant.ofEpochMilli(n.longValue()) : Instant.ofEpochSecond(n.longValue());
    }
    String text = JsonFields.text(task, "created_at");
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The prompt a listed task was created with, where the answer carries it. The real task object
   * does not (its {@code content} is the output); the simulator echoes the request's items in
   * {@code request_content}, and a proxy may echo them as a {@code content} array or give a
   * {@code prompt}.
   *
   * @param task a task object
   * @return the text item's text, {@code ""} when the items are there without a text item, or null
   *     when the answer carries no prompt at all
   */
  static String prompt(JsonNode task) {
    for (String field : new String[] {"request_content", "content"}) {
      JsonNode items = task == null ? null : task.get(field);
      if (items != null && items.isArray()) {
        for (JsonNode item : items) {
          if ("text".equals(JsonFields.text(item, "type"))) {
            return item.path("text").asText("");
          }
        }
        return "";
      }
    }
    return JsonFields.text(task, "prompt");
  }
}
