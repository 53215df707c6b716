package io.seedancerunner.simulator.openaivideos;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.tasks.SimClock;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskStore;
import jakarta.inject.Singleton;

/**
 * When a queued task reads {@code SUBMITTED} rather than {@code QUEUED}. Seed 002 lists both
 * words and says the receipt is "usually QUEUED"; it does not say when. Our model: the gateway
 * hands one task at a time to the upstream queue, so a queued task that has an older openai-videos
 * task still queued in front of it waits at the gateway ({@code SUBMITTED}); the head of the line
 * is {@code QUEUED}. A lone submit therefore gets {@code QUEUED}, as the seed's example does.
 * Computed from the store on every read: nothing to keep in step.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
class GatewayQueue {

  private final TaskStore store;
  private final SimClock clock;

  /**
   * @param store tasks
   * @param clock simulator clock
   */
  GatewayQueue(TaskStore store, SimClock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * @param task an openai-videos task
   * @return true when an older openai-videos task is still queued
   */
  boolean waiting(SimTask task) {
    var now = clock.now();
    return store.all().stream()
        .filter(t -> t != task && t.dialect() == Dialect.OPENAI_VIDEOS)
        .filter(t -> t.createdAt().isBefore(task.createdAt())
            || (t.createdAt().equals(task.createdAt()) && t.id().compareTo(task.id()) < 0))
        .anyMatch(t -> t.observe(now).phase() == TaskPhase.QUEUED);
  }
}
