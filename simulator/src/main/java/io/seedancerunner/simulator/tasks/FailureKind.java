package io.seedancerunner.simulator.tasks;

/**
 * Why a task failed; each dialect renders it with its own code and message.
 */
public enum FailureKind {
  /** The prompt carried the {@code [sim:fail]} marker: a moderation-style refusal. */
  MODERATION,
  /** The admin fault {@code failTasks} was armed when the task was created. */
  GENERATION,
  /** The simulator could not make the MP4 file (FFmpeg unavailable or failed). */
  INTERNAL
}
