package io.seedancerunner.simulator.tasks;

/**
 * A task as seen at one instant.
 *
 * @param phase    the lifecycle phase
 * @param progress percent done, 0..100 (0 while queued, 100 when succeeded)
 * @param failure  why it failed; null unless {@code phase == FAILED}
 */
public record TaskState(TaskPhase phase, int progress, FailureKind failure) {}
