package io.seedancerunner.activities.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.workflows.model.TaskState;
import java.util.Locale;

/**
 * Reads {@code open-api} answers (seed 000, docs/providers/open-api.md). Success answers look like
 * {@code {"success":true,"requestId":"req_1","status":"queued","creditsCharged":40}}; error
 * answers like {@code {"success":false,"error":{"code":"unauthorized","message":"Invalid API key"}}}.
 */
final class OpenApiAnswers {

  private OpenApiAnswers() {}

  /**
   * Maps the status vocabulary {@code queued/processing/succeeded/failed/cancelled} (seed 000,
   * "Status Values"). Not documented, mapped because a careful client survives them:
   * {@code canceled} (US spelling) and {@code expired}. Anything else is {@link TaskState#UNKNOWN}.
   *
   * @param status the provider's status word, may be {@code null}
   * @return the internal state
   */
  static TaskState state(String status) {
    if (status == null) {
      return TaskState.UNKNOWN;
    }
    return switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "queued" -> TaskState.QUEUED;
      case "processing" -> TaskState.RUNNING;
      case "succeeded" -> TaskState.SUCCEEDED;
      case "failed" -> TaskState.FAILED;
      case "cancelled", "canceled" -> TaskState.CANCELLED;
      case "expired" -> TaskState.EXPIRED;
      default -> TaskState.UNKNOWN;
    };
  }

  /**
   * The task object of an answer: the root, or a {@code data} object when the provider wraps it
   * (not documented; tolerated).
   */
  static JsonNode task(JsonNode root) {
    return JsonFields.taskObject(root, n -> JsonFields.text(n, "requestId"));
  }

  /** @return true when the answer says {@code "success":false} or carries an error object */
  static boolean isError(JsonNode root) {
    if (root == null) {
      return false;
    }
    JsonNode success = root.get("success");
    if (success != null && success.isBoolean() && !success.booleanValue()) {
      return true;
    }
    JsonNode error = root.get("error");
    return success == null && error != null && !error.isNull() && root.get("requestId") == null;
  }

  /** @return the error code of {@code error.code} (or a plain string {@code error}), or null */
  static String errorCode(JsonNode node) {
    JsonNode error = node == null ? null : node.get("error");
    if (error == null || error.isNull()) {
      return null;
    }
    return error.isObject() ? JsonFields.text(error, "code") : JsonFields.text(node, "error");
  }

  /** @return the error message of {@code error.message} (or {@code message}), or null */
  static String errorMessage(JsonNode node) {
    return JsonFields.errorMessage(node);
  }

  /**
   * The HTTP status a business failure stands for, when the provider answered a 2xx with
   * {@code success:false} (seed 000 "Error Codes" table); unknown codes count as 400.
   */
  static int statusOf(String code) {
    if (code == null) {
      return 400;
    }
    return switch (code) {
      case "unauthorized" -> 401;
      case "insufficient_credits" -> 402;
      case "not_found" -> 404;
      case "rate_limited" -> 429;
      case "internal_error" -> 500;
      case "service_busy" -> 503;
      default -> 400;
    };
  }
}
