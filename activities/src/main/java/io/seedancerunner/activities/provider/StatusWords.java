package io.seedancerunner.activities.provider;

import io.seedancerunner.workflows.model.TaskState;
import java.util.Locale;

/**
 * The status vocabulary resellers share, for dialects whose seed documents a few of these words
 * and whose adapters tolerate the rest (seedance2ai, seed 003: processing/completed/failed;
 * unified: pending/processing/completed/failed/cancelled). A careful client survives the others.
 */
public final class StatusWords {

  private StatusWords() {}

  /**
   * Maps {@code queued}, {@code pending}, {@code submitted} to queued; {@code processing},
   * {@code running}, {@code in_progress} to running; {@code completed}, {@code succeeded},
   * {@code success} to succeeded; {@code failed}, {@code failure}, {@code error} to failed;
   * {@code cancelled}/{@code canceled}; {@code expired}. Case and surrounding blanks are ignored.
   *
   * @param status the provider's status word, may be {@code null}
   * @return the internal state; {@link TaskState#UNKNOWN} for {@code null} or any other word
   */
  public static TaskState common(String status) {
    if (status == null) {
      return TaskState.UNKNOWN;
    }
    return switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "queued", "pending", "submitted" -> TaskState.QUEUED;
      case "processing", "running", "in_progress" -> TaskState.RUNNING;
      case "completed", "succeeded", "success" -> TaskState.SUCCEEDED;
      case "failed", "failure", "error" -> TaskState.FAILED;
      case "cancelled", "canceled" -> TaskState.CANCELLED;
      case "expired" -> TaskState.EXPIRED;
      default -> TaskState.UNKNOWN;
    };
  }
}
