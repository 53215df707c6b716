package io.seedancerunner.activities.openaivideos;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.workflows.model.TaskState;
import java.util.Locale;

/**
 * Reads {@code openai-videos} answers (seed 002). Fields sit at the top level: the receipt
 * {@code {"id","task_id","object":"video","model","status","progress":0,"created_at"}}, the task
 * detail with {@code status}, {@code progress} ("50%"), {@code result_url}, {@code fail_reason}.
 * Seed 002: "Both success and business failures return HTTP 200. A failed call carries an error
 * object {@code { "error": { "message", "type", "code" }}} instead of the receipt fields; check for
 * the error field to tell them apart."
 */
final class OpenAiVideosAnswers {

  private OpenAiVideosAnswers() {}

  /**
   * Maps {@code SUBMITTED/QUEUED/IN_PROGRESS/SUCCESS/FAILURE} (seed 002), case-insensitively.
   * Not documented, mapped because a careful client survives them: OpenAI's own words
   * ({@code queued}, {@code in_progress}, {@code completed}, {@code failed}), {@code PENDING},
   * {@code PROCESSING}/{@code RUNNING}, {@code SUCCEEDED}, {@code ERROR}, {@code CANCELLED}/
   * {@code CANCELED} and {@code EXPIRED} (a task can carry {@code execution_expires_after}).
   * Anything else is {@link TaskState#UNKNOWN}.
   *
   * @param status the provider's status word, may be {@code null}
   * @return the internal state
   */
  static TaskState state(String status) {
    if (status == null) {
      return TaskState.UNKNOWN;
    }
    return switch (status.trim().toUpperCase(Locale.ROOT)) {
      case "SUBMITTED", "QUEUED", "PENDING" -> TaskState.QUEUED;
      case "IN_PROGRESS", "PROCESSING", "RUNNING" -> TaskState.RUNNING;
      case "SUCCESS", "SUCCEEDED", "COMPLETED" -> TaskState.SUCCEEDED;
      case "FAILURE", "FAILED", "ERROR" -> TaskState.FAILED;
      case "CANCELLED", "CANCELED" -> TaskState.CANCELLED;
      case "EXPIRED" -> TaskState.EXPIRED;
      default -> TaskState.UNKNOWN;
    };
  }

  /**
   * @return true when the answer is a failed call: it carries a non-null {@code error} and no task
   *     id. Our reading of "instead of the receipt fields": a body that also names a task is a task
   *     detail, whatever else it carries.
   */
  static boolean isError(JsonNode root) {
    if (root == null || !root.isObject()) {
      return false;
    }
    JsonNode error = root.get("error");
    if (error == null || error.isNull() || (error.isTextual() && error.asText().isBlank())) {
      return false;
    }
    return taskId(root) == null;
  }

  /** @return {@code task_id}, else {@code id} (same value, seed 002), else null */
  static String taskId(JsonNode node) {
    String id = JsonFields.text(node, "task_id");
    return id != null ? id : JsonFields.text(node, "id");
  }

  /**
   * The task object of an answer: the root, or a {@code data} object when the provider wraps it
   * (seed 002 says "no data wrapper"; tolerated anyway).
   */
  static JsonNode task(JsonNode root) {
    return JsonFields.taskObject(root, OpenAiVideosAnswers::taskId);
  }

  /** @return {@code error.code} (or a plain string {@code error}), or null */
  static String errorCode(JsonNode root) {
    JsonNode error = root == null ? null : root.get("error");
    if (error == null || error.isNull()) {
      return null;
    }
    return error.isObject() ? JsonFields.text(error, "code") : JsonFields.text(root, "error");
  }

  /** @return {@code error.type}, or null */
  static String errorType(JsonNode root) {
    return JsonFields.text(JsonFields.object(root, "error"), "type");
  }

  /** @return {@code error.message}, else a top-level {@code message}, or null */
  static String errorMessage(JsonNode root) {
    return JsonFields.errorMessage(root);
  }

  /**
   * The HTTP status a business failure stands for, when the provider answered it inside a 200.
   * The seed names no codes; ours follow OpenAI's vocabulary (the simulator's), with common
   * spellings of other gateways, and the error {@code type} when the code is unknown: transient
   * ones (rate limit, server error, busy, timeout) stay retryable, everything else counts as 400.
   *
   * @param code the error code, may be null
   * @param type the error type, may be null
   * @return the effective HTTP status
   */
  static int statusOf(String code, String type) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    switch (c) {
      case "invalid_api_key", "unauthorized", "authentication_error" -> {
        return 401;
      }
      case "insufficient_quota", "insufficient_credits", "insufficient_balance", "quota_exceeded" -> {
        return 402;
      }
      case "task_not_found", "not_found", "model_not_found" -> {
        return 404;
      }
      case "rate_limit_exceeded", "rate_limited", "too_many_requests" -> {
        return 429;
      }
      case "internal_error", "server_error", "upstream_error", "bad_gateway" -> {
        return 500;
      }
      case "service_busy", "service_unavailable", "overloaded", "timeout", "upstream_timeout" -> {
        return 503;
      }
      default -> {
        // fall through to the type
      }
    }
    String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "rate_limit_error", "requests", "tokens" -> 429;
      case "server_error", "api_error", "upstream_error" -> 500;
      case "insufficient_quota" -> 402;
      case "authentication_error" -> 401;
      default -> 400;
    };
  }

  /**
   * Reads {@code progress}: a percentage string such as {@code "50%"} (the seed's status answer),
   * a number 0..100 (the seed's receipt), or a fraction 0..1 (tolerated).
   *
   * @param task the task object
   * @return 0..100, or null when absent or unreadable
   */
  static Integer progress(JsonNode task) {
    JsonNode v = task == null ? null : task.get("progress");
    if (v != null && v.isTextual()) {
      String s = v.asText().trim();
      if (s.endsWith("%")) {
        try {
          double pct = Double.parseDouble(s.substring(0, s.length() - 1).trim());
          return pct < 0 || Double.isNaN(pct) ? null : (int) Math.min(100, Math.round(pct));
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return JsonFields.percent(task, "progress");
  }
}
