package io.seedancerunner.simulator.ark;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.tasks.SimClock;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;
import io.seedancerunner.simulator.tasks.TaskStore;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ark's view of the shared task store, adding what the shared lifecycle does not know:
 * <ul>
 *   <li><b>expired</b>: a task still queued when {@code execution_expires_after} seconds have passed
 *       since its creation expires (create task API). The simulator latches it as cancelled in the
 *       shared lifecycle (so credits are refunded and the terminal callback goes out) and remembers
 *       here that it expired;</li>
 *   <li><b>DELETE</b> (cancel or delete API): a queued task is cancelled; a succeeded, failed or
 *       expired task's record is deleted (404 afterwards); a running or cancelled task refuses;</li>
 *   <li><b>updated_at</b>: when the simulator first saw the task's current status;</li>
 *   <li>the once-only running callback.</li>
 * </ul>
 * Every change to a task happens under the task's own monitor, the lock {@link SimTask}'s
 * synchronized methods take, so a reader never sees an expired task as plainly cancelled.
 * Nothing here calls the {@code TaskMonitor} (it would make a bean cycle through the webhook
 * listeners): callers fire {@code monitor.check(task)} when a method says the task changed.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkTasks {

  /** What {@link #delete} did. */
  enum Deletion {
    /** The task was queued and is cancelled now. */
    CANCELLED,
    /** The task had ended (succeeded, failed, expired): its record is gone. */
    DELETED,
    /** The task is running or cancelled: nothing changed. */
    REFUSED
  }

  /** A status and when the simulator first saw it. */
  record Seen(ArkStatus status, Instant at) {}

  private final TaskStore store;
  private final SimClock clock;
  private final Set<String> expired = ConcurrentHashMap.newKeySet();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();
  private final Set<String> runningNoticed = ConcurrentHashMap.newKeySet();
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();

  /**
   * @param store the shared task store
   * @param clock the simulator clock
   */
  public ArkTasks(TaskStore store, SimClock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * @param id a task id
   * @return the ark task, unless unknown, another dialect's, or deleted
   */
  Optional<SimTask> find(String id) {
    return store.find(id).filter(t -> t.dialect() == Dialect.ARK && !deleted.contains(t.id()));
  }

  /** @return every visible ark task, newest first (then by id) */
  List<SimTask> all() {
    return store.all().stream()
        .filter(t -> t.dialect() == Dialect.ARK && !deleted.contains(t.id()))
        .sorted(Comparator.comparing(SimTask::createdAt).reversed().thenComparing(SimTask::id))
        .toList();
  }

  /**
   * Expires the task when it was still queued at its expiry instant.
   *
   * @param task an ark task
   * @return true when this call expired it (the caller fires the terminal event)
   */
  boolean expireIfDue(SimTask task) {
    Instant expiresAt = task.createdAt().plusSeconds(new ArkOrder(task.spec()).expiresAfter());
    if (clock.now().isBefore(expiresAt)) {
      return false;
    }
    synchronized (task) {
      // Looking at the expiry instant, not now: a task queued then expired, whatever it would be now.
      if (task.observe(expiresAt).phase() != TaskPhase.QUEUED) {
        return false;
      }
      expired.add(task.id());
      task.cancel(expiresAt);
      return true;
    }
  }

  /**
   * @param task an ark task
   * @return its status now (read only: call {@link #expireIfDue} first)
   */
  ArkStatus statusOf(SimTask task) {
    synchronized (task) {
      return ArkStatus.of(task.observe(clock.now()).phase(), expired.contains(task.id()));
    }
  }

  /**
   * @param task an ark task
   * @return its status with the time the simulator first saw it (the {@code updated_at})
   */
  Seen seen(SimTask task) {
    ArkStatus now = statusOf(task);
    return seen.compute(task.id(), (id, old) -> old != null && old.status() == now ? old : new Seen(now,
        now == ArkStatus.QUEUED ? task.createdAt() : clock.now()));
  }

  /** @return the shared lifecycle state of the task now (for failure kinds) */
  TaskState state(SimTask task) {
    return task.observe(clock.now());
  }

  /**
   * The DELETE of the cancel-or-delete API.
   *
   * @param task an ark task (expire it first)
   * @return what happened; {@link Deletion#CANCELLED} means the task changed (fire its event)
   */
  Deletion delete(SimTask task) {
    synchronized (task) {
      ArkStatus status = statusOf(task);
      switch (status) {
        case QUEUED -> {
          task.cancel(clock.now());
          return Deletion.CANCELLED;
        }
        case SUCCEEDED, FAILED, EXPIRED -> {
          deleted.add(task.id());
          return Deletion.DELETED;
        }
        default -> {
          return Deletion.REFUSED;
        }
      }
    }
  }

  /**
   * @param task an ark task seen running
   * @return true the first time it is called for the task: its running callback is due
   */
  boolean claimRunningNotice(SimTask task) {
    return runningNoticed.add(task.id());
  }

  /** Forgets ids whose tasks left the store (admin reset). */
  void prune() {
    expired.removeIf(id -> store.find(id).isEmpty());
    deleted.removeIf(id -> store.find(id).isEmpty());
    runningNoticed.removeIf(id -> store.find(id).isEmpty());
    seen.keySet().removeIf(id -> store.find(id).isEmpty());
  }
}
