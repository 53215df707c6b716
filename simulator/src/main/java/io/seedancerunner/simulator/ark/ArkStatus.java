package io.seedancerunner.simulator.ark;

import io.seedancerunner.simulator.tasks.TaskPhase;

/**
 * ark's six status words (query task API: queued, running, cancelled, succeeded, failed,
 * expired). {@code expired} and the queued-only cancel are ark's own: the shared lifecycle knows
 * neither, see {@link ArkTasks}.
 */
enum ArkStatus {
  QUEUED("queued"),
  RUNNING("running"),
  SUCCEEDED("succeeded"),
  FAILED("failed"),
  CANCELLED("cancelled"),
  EXPIRED("expired");

  private final String word;

  ArkStatus(String word) {
    this.word = word;
  }

  /** @return the wire word, for example {@code running} */
  String word() {
    return word;
  }

  /** @return true for succeeded, failed, cancelled and expired */
  boolean terminal() {
    return this != QUEUED && this != RUNNING;
  }

  /**
   * @param word a wire word
   * @return its status, or null when it is none of the six
   */
  static ArkStatus fromWord(String word) {
    for (ArkStatus s : values()) {
      if (s.word.equals(word)) {
        return s;
      }
    }
    return null;
  }

  /**
   * @param phase   the shared lifecycle phase
   * @param expired whether ark expired the task (the lifecycle then reads CANCELLED)
   * @return the ark status
   */
  static ArkStatus of(TaskPhase phase, boolean expired) {
    return switch (phase) {
      case QUEUED -> QUEUED;
      case PROCESSING -> RUNNING;
      case SUCCEEDED -> SUCCEEDED;
      case FAILED -> FAILED;
      case CANCELLED -> expired ? EXPIRED : CANCELLED;
    };
  }
}
