package io.seedancerunner.activities.seedance2ai;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.activities.provider.StatusWords;
import io.seedancerunner.workflows.model.TaskState;
import java.util.Locale;

/**
 * Reads {@code seedance2ai} answers (seed 003): receipts and tasks
 * {@code {"id","status","credits_used","credits_refunded","output":{"video_url","last_frame_url","seed"},"error"}},
 * errors {@code {"error":{"code","message"}}}.
 */
final class Seedance2AiAnswers {

  private Seedance2AiAnswers() {}

  /**
   * Maps {@code processing/completed/failed} (seed 003). Not documented, mapped because a careful
   * client survives them: {@code queued}, {@code pending}, {@code submitted} (queued),
   * {@code running}, {@code in_progress} (running), {@code succeeded}, {@code success} (succeeded),
   * {@code failure}, {@code error} (failed), {@code cancelled}/{@code canceled}, {@code expired}.
   * Anything else is {@link TaskState#UNKNOWN}.
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

  /** @return {@code error.code}, or a plain string {@code error}, or a top-level {@code code}; else null */
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

  /** @return {@code error.message}, or a top-level {@code message}; else null */
  static String errorMessage(JsonNode node) {
    return JsonFields.errorMessage(node);
  }

  /**
   * Whether a 409 {@code idempotency_conflict} says the first request with the key is still
   * running, rather than that the key was used with another body. Seed 003 gives both meanings one
   * code ("reused with a different body, or still running"), so the message decides (our choice):
   * it speaks of "still running", "in progress" or "in flight".
   *
   * @param httpStatus the answer's status
   * @param message    the provider's message, may be {@code null}
   * @return true for the "still running" conflict
   */
  static boolean stillRunning(int httpStatus, String message) {
    if (httpStatus != 409 || message == null) {
      return false;
    }
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("still running") || m.contains("in progress") || m.contains("in flight");
  }

  /**
   * The cost of a task: {@code credits_used − credits_refunded} (seed 003: failed tasks are
   * refunded); a missing refund counts as 0.
   *
   * @param task the task object
   * @return credits, or {@code null} when {@code credits_used} is absent
   */
  static Double cost(JsonNode task) {
    Double used = JsonFields.number(task, "credits_used");
    if (used == null) {
      return null;
    }
    Double refunded = JsonFields.number(task, "credits_refunded");
    return used - (refunded == null ? 0 : refunded);
  }
}
