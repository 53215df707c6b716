package io.seedancerunner.api.jobs;

import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TerminatedFailure;
import io.temporal.failure.TimeoutFailure;

/**
 * Why a job ended without a clip, read from the workflow's failure.
 *
 * @param type         the {@code ApplicationFailure} type (for example {@code ProviderTaskFailed},
 *                     see {@code Failures}), or {@code Cancelled}, {@code Terminated},
 *                     {@code TimedOut}
 * @param message      the failure's message
 * @param providerCode the provider's error code when the failure carries one as its first detail
 *                     (as {@code Failures.PROVIDER_TASK_FAILED} and {@code PROVIDER_REJECTED} do),
 *                     else null
 * @param summary      one line for humans: {@code failed: <provider code> <message>},
 *                     {@code cancelled}, {@code timed out: ...}
 */
public record JobFailure(String type, String message, String providerCode, String summary) {

  /** @return the failure behind a failed, cancelled, terminated or timed-out workflow */
  public static JobFailure from(WorkflowFailedException e) {
    Throwable cause = e.getCause();
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure af) {
        String code = firstDetail(af);
        String msg = af.getOriginalMessage();
        return new JobFailure(af.getType(), msg, code, "failed: " + (code == null ? "" : code + " ") + msg);
      }
    }
    if (cause instanceof CanceledFailure) {
      return new JobFailure("Cancelled", "the job was cancelled", null, "cancelled");
    }
    if (cause instanceof TerminatedFailure tf) {
      return new JobFailure("Terminated", tf.getOriginalMessage(), null, "terminated: " + tf.getOriginalMessage());
    }
    if (cause instanceof TimeoutFailure tf) {
      String msg = "workflow timeout " + tf.getTimeoutType();
      return new JobFailure("TimedOut", msg, null, "timed out: " + msg);
    }
    String msg = cause == null ? e.getMessage() : cause.getMessage();
    return new JobFailure(cause == null ? "Unknown" : cause.getClass().getSimpleName(), msg, null, "failed: " + msg);
  }

  /** The first detail if it is a string; details of other shapes are left out rather than guessed. */
  private static String firstDetail(ApplicationFailure af) {
    try {
      if (af.getDetails() != null && af.getDetails().getSize() > 0) {
        String s = af.getDetails().get(0, String.class);
        return s == null || s.isBlank() ? null : s;
      }
    } catch (RuntimeException notAString) {
      // a detail that does not convert to a string is not a provider code
    }
    return null;
  }
}
