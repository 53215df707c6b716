package io.seedancerunner.simulator.tasks;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory task store: every task of every dialect, until {@code POST /sim/admin/reset}
 * or shutdown. Nothing survives a restart, like a provider that lost its queue.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class TaskStore {

  private final ConcurrentHashMap<String, SimTask> tasks = new ConcurrentHashMap<>();

  /** @param task a new task; its id must be unique */
  public void add(SimTask task) {
    tasks.put(task.id(), task);
  }

  /**
   * @param id task id
   * @return the task, if known
   */
  public Optional<SimTask> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(tasks.get(id));
  }

  /** @return a live view of every task */
  public Collection<SimTask> all() {
    return tasks.values();
  }

  /** Forgets every task. */
  public void clear() {
    tasks.clear();
  }
}
