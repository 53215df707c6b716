package io.seedancerunner.activities.unified;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.activities.provider.StatusWords;
import io.seedancerunner.workflows.model.TaskState;

/**
 * Reads {@code unified} answers: the task
 * {@code {"id","object":"video.generation.task","status","progress","results":[...],
 * "task_info":{"can_cancel","estimated_time","video_duration"},"usage":{"credits_reserved",...},
 * "error":{"code","message"}}} (docs/providers/unified.md), and errors
 * {@code {"error":{"code":<HTTP status>,"message","type","param"}}} (the provider's public error
 * reference; the seed is cut off before any).
 */
final class UnifiedAnswers {

  private UnifiedAnswers() {}

  /**
   * Maps {@code pending/processing/completed/failed} (docs/providers/unified.md) and {@code cancelled} (the
   * seed's callbacks fire on "completed, failed, or cancelled"). Not documented, mapped because a
   * careful client survives them: {@code queued}, {@code submitted} (queued), {@code running},
   * {@code in_progress} (running), {@code succeeded}, {@code success} (succeeded),
   * {@code failure}, {@code error} (failed), {@code canceled}, {@code expired}. Anything else is
   * {@link TaskState#UNKNOWN}.
   *
   * @param status the provider's status word, may be {@code null}
   * @return the internal state
   */
  static TaskState state(String status) {
    return StatusWords.common(status);
  }

  /**
   * The task object of an answer: the root, or a {@code data} object when the provider wraps it
   * (not documented; tolerated).
   */
  static JsonNode task(JsonNode root) {
    return JsonFields.taskObject(root, n -> JsonFields.text(n, "id"));
  }

  /**
   * The code of an error answer: {@code error.type} (a word such as {@code invalid_request_error}),
   * else a non-numeric {@code error.code}, else a plain string {@code error}; null when only the
   * HTTP status is given.
   */
  static String errorCode(JsonNode root) {
    JsonNode error = root == null ? null : root.get("error");
    if (error != null && error.isObject()) {
      String type = JsonFields.text(error, "type");
      if (type != null) {
        return type;
      }
      String code = JsonFields.text(error, "code");
      return code == null || code.chars().allMatch(Character::isDigit) ? null : code;
    }
    return error != null && error.isTextual() ? error.asText() : null;
  }

  /** @return {@code error.message}, or a top-level {@code message}; else null */
  static String errorMessage(JsonNode root) {
    return JsonFields.errorMessage(root);
  }

  /** @return the failed task's {@code error.code}, or null */
  static String taskErrorCode(JsonNode task) {
    return JsonFields.text(JsonFields.object(task, "error"), "code");
  }

  /** @return the failed task's {@code error.message}, or null */
  static String taskErrorMessage(JsonNode task) {
    return JsonFields.text(JsonFields.object(task, "error"), "message");
  }

  /** @return {@code usage.credits_reserved}, the task's cost in credits, or null */
  static Double cost(JsonNode task) {
    return JsonFields.number(JsonFields.object(task, "usage"), "credits_reserved");
  }

  /** @return {@code task_info.estimated_time} in seconds, or null */
  static Integer estimatedSeconds(JsonNode task) {
    Integer s = JsonFields.integer(JsonFields.object(task, "task_info"), "estimated_time");
    return s == null || s < 0 ? null : s;
  }

  /** @return {@code task_info.can_cancel}; true when absent (the dialect has a cancel) */
  static boolean canCancel(JsonNode task) {
    JsonNode info = JsonFields.object(task, "task_info");
    JsonNode v = info == null ? null : info.get("can_cancel");
    if (v == null || v.isNull()) {
      return true;
    }
    return v.isBoolean() ? v.booleanValue() : !"false".equalsIgnoreCase(v.asText());
  }
}
