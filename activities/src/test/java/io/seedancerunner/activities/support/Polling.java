package io.seedancerunner.activities.support;

import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import java.time.Duration;
import java.util.function.Predicate;

/** Polls a provider's status until a condition holds, bounded. */
public final class Polling {

  private Polling() {}

  /**
   * @return the first snapshot matching {@code until}
   * @throws AssertionError when none did within {@code limit}
   */
  public static TaskSnapshot poll(VideoProvider p, String taskId, Predicate<TaskSnapshot> until, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    TaskSnapshot last = null;
    while (System.nanoTime() < deadline) {
      last = p.status(taskId);
      if (until.test(last)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no matching status within " + limit + "; last: " + last);
  }

  /** @return the first terminal snapshot */
  public static TaskSnapshot untilTerminal(VideoProvider p, String taskId) throws InterruptedException {
    return poll(p, taskId, s -> s.state().terminal(), Duration.ofSeconds(30));
  }

  /** @return the first snapshot in {@code state} */
  public static TaskSnapshot until(VideoProvider p, String taskId, TaskState state) throws InterruptedException {
    return poll(p, taskId, s -> s.state() == state, Duration.ofSeconds(30));
  }
}
