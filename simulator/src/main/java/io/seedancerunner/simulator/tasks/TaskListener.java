package io.seedancerunner.simulator.tasks;

/**
 * Receives a task's lifecycle events from {@link TaskMonitor}, on the monitor's thread: keep
 * the work short or hand it to an executor of your own.
 */
public interface TaskListener {

  /**
   * Called once, when the task is first seen in a terminal state.
   *
   * @param task  the task
   * @param state its terminal state
   */
  void onTerminal(SimTask task, TaskState state);

  /**
   * Called once for a task armed with an early webhook, while it is still queued or processing.
   *
   * @param task the task
   */
  default void onEarlyWebhook(SimTask task) {}
}
