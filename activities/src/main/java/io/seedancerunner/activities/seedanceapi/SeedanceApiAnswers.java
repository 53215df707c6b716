package io.seedancerunner.activities.seedanceapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.workflows.model.TaskState;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code seedanceapi} answers (seed 001): the envelope {@code {code,message,data}}, with
 * {@code data.task_id}, {@code data.status}, {@code data.response[0]}, {@code data.consumed_credits}
 * and {@code data.error_message}.
 *
 * <p>The seed lists its error codes ({@code INVALID_PROMPT}, ..., {@code INTERNAL_ERROR}) with their
 * HTTP statuses but does not show an error body. Read tolerantly: the code is taken from a
 * non-numeric {@code code}, else {@code error.code}, {@code error} or {@code error_code}, else an
 * UPPER_SNAKE word that starts {@code message}.
 */
final class SeedanceApiAnswers {

  private static final Pattern CODE_WORD = Pattern.compile("^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\b");

  private SeedanceApiAnswers() {}

  /**
   * Maps {@code IN_PROGRESS/SUCCESS/FAILED} (seed 001, "Task Status Values"). Not documented but
   * mapped, because a careful client survives them: {@code PENDING}, {@code QUEUED},
   * {@code SUBMITTED} (queued), {@code PROCESSING}, {@code RUNNING} (running), {@code FAILURE},
   * {@code ERROR} (failed), {@code CANCELLED}/{@code CANCELED}, {@code EXPIRED}. Anything else is
   * {@link TaskState#UNKNOWN}.
   *
   * @param status the provider's status word, may be {@code null}
   * @return the internal state
   */
  static TaskState state(String status) {
    if (status == null) {
      return TaskState.UNKNOWN;
    }
    return switch (status.trim().toUpperCase(Locale.ROOT)) {
      case "PENDING", "QUEUED", "SUBMITTED" -> TaskState.QUEUED;
      case "IN_PROGRESS", "PROCESSING", "RUNNING" -> TaskState.RUNNING;
      case "SUCCESS", "SUCCEEDED", "COMPLETED" -> TaskState.SUCCEEDED;
      case "FAILED", "FAILURE", "ERROR" -> TaskState.FAILED;
      case "CANCELLED", "CANCELED" -> TaskState.CANCELLED;
      case "EXPIRED" -> TaskState.EXPIRED;
      default -> TaskState.UNKNOWN;
    };
  }

  /**
   * The status the answer stands for: the HTTP status when it is an error, else the envelope's
   * numeric {@code code} when that is 400 or more (a business failure inside a 200), else the HTTP
   * status.
   */
  static int effectiveStatus(int httpStatus, JsonNode root) {
    if (httpStatus >= 300) {
      return httpStatus;
    }
    Integer code = numericCode(root);
    return code != null && code >= 400 && code < 600 ? code : httpStatus;
  }

  /** @return the provider's error code, or null when the answer names none */
  static String errorCode(JsonNode root) {
    if (root == null) {
      return null;
    }
    String code = JsonFields.text(root, "code");
    if (code != null && numeric(code) == null) {
      return code;
    }
    JsonNode error = root.get("error");
    if (error != null && error.isObject() && JsonFields.text(error, "code") != null) {
      return JsonFields.text(error, "code");
    }
    if (JsonFields.text(root, "error") != null) {
      return JsonFields.text(root, "error");
    }
    if (JsonFields.text(root, "error_code") != null) {
      return JsonFields.text(root, "error_code");
    }
    String message = JsonFields.text(root, "message");
    if (message != null) {
      Matcher m = CODE_WORD.matcher(message.trim());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** @return the error message: {@code message}, else {@code error.message}, else null */
  static String errorMessage(JsonNode root) {
    return JsonFields.errorMessage(root);
  }

  /** @return the {@code data} object, or null */
  static JsonNode data(JsonNode root) {
    return JsonFields.object(root, "data");
  }

  private static Integer numericCode(JsonNode root) {
    String code = JsonFields.text(root, "code");
    return code == null ? null : numeric(code);
  }

  private static Integer numeric(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
