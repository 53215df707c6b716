package io.seedancerunner.simulator.tasks;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock-driven lifecycle: queued for the first 10% of the generation time, processing
 * (progress growing from 1 to 99) for the rest, then terminal. A task planned to fail fails at
 * the end of its generation time. A task whose MP4 file is not made yet stays processing at 99
 * until the file is ready, so a succeeded task always has a downloadable file.
 */
final class Lifecycle {

  private static final double QUEUED_SHARE = 0.10;

  private Lifecycle() {}

  /**
   * @param task the task
   * @param now  the current instant
   * @return the state at {@code now}; cancellation is not seen here, {@link SimTask} latches it
   */
  static TaskState stateAt(SimTask task, Instant now) {
    long total = Math.max(1, task.generationTime().toMillis());
    long elapsed = Math.max(0, Duration.between(task.createdAt(), now).toMillis());
    long queued = (long) (total * QUEUED_SHARE);
    if (elapsed < queued) {
      return new TaskState(TaskPhase.QUEUED, 0, null);
    }
    if (elapsed < total) {
      long progress = (elapsed - queued) * 100 / Math.max(1, total - queued);
      return new TaskState(TaskPhase.PROCESSING, (int) Math.min(99, Math.max(1, progress)), null);
    }
    if (task.plannedFailure() != null) {
      return new TaskState(TaskPhase.FAILED, 100, task.plannedFailure());
    }
    if (task.video() == null || !task.video().isDone()) {
      return new TaskState(TaskPhase.PROCESSING, 99, null);
    }
    if (task.video().isCompletedExceptionally()) {
      return new TaskState(TaskPhase.FAILED, 100, FailureKind.INTERNAL);
    }
    return new TaskState(TaskPhase.SUCCEEDED, 100, null);
  }
}
