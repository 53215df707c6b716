package io.seedancerunner.simulator.tasks;

import io.seedancerunner.simulator.Dialect;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One simulated generation. Its phase is computed from the clock ({@link Lifecycle}), never
 * advanced by a thread of its own; the first terminal state observed is latched so every reader
 * (status endpoint, webhook sender) sees the same outcome.
 */
public final class SimTask {

  private final String id;
  private final Dialect dialect;
  private final TaskSpec spec;
  private final Instant createdAt;
  private final Duration generationTime;
  private final long charge;
  private final FailureKind plannedFailure;
  private final boolean earlyWebhook;
  private final String baseUrl;
  private final CompletableFuture<Path> video;
  private final AtomicBoolean finishNotified = new AtomicBoolean();
  private final AtomicBoolean earlyWebhookSent = new AtomicBoolean();
  private TaskState latched;

  /**
   * @param id             task id, unique across dialects and URL-safe
   * @param dialect        the dialect that created it
   * @param spec           what was asked
   * @param createdAt      creation instant
   * @param generationTime how long generation takes
   * @param charge         credits reserved at submit, in the dialect's credits
   * @param plannedFailure set when the task is to fail at the end of its generation time
   * @param earlyWebhook   whether a forged success callback goes out while it is processing
   * @param baseUrl        base of result URLs, for example {@code http://localhost:8080}
   * @param video          completes with the MP4 file, or exceptionally when it cannot be made;
   *                       null for tasks planned to fail
   */
  public SimTask(String id, Dialect dialect, TaskSpec spec, Instant createdAt,
      Duration generationTime, long charge, FailureKind plannedFailure, boolean earlyWebhook,
      String baseUrl, CompletableFuture<Path> video) {
    this.id = id;
    this.dialect = dialect;
    this.spec = spec;
    this.createdAt = createdAt;
    this.generationTime = generationTime;
    this.charge = charge;
    this.plannedFailure = plannedFailure;
    this.earlyWebhook = earlyWebhook;
    this.baseUrl = baseUrl;
    this.video = video;
  }

  /**
   * The task's state at {@code now}; a terminal state, once seen, never changes.
   *
   * @param now the current instant
   * @return the state
   */
  public synchronized TaskState observe(Instant now) {
    if (latched != null) {
      return latched;
    }
    TaskState state = Lifecycle.stateAt(this, now);
    if (state.phase().terminal()) {
      latched = state;
    }
    return state;
  }

  /**
   * Cancels the task if it is still queued or processing at {@code now}.
   *
   * @param now the current instant
   * @return the state after the call: CANCELLED when the cancel took effect (or an earlier one
   *         did), otherwise the terminal state the task had already reached
   */
  public synchronized TaskState cancel(Instant now) {
    TaskState current = observe(now);
    if (current.phase().terminal()) {
      return current;
    }
    latched = new TaskState(TaskPhase.CANCELLED, current.progress(), null);
    return latched;
  }

  /** @return the MP4 file when it has been made, else empty */
  public Optional<Path> videoFile() {
    if (video == null || !video.isDone() || video.isCompletedExceptionally()) {
      return Optional.empty();
    }
    return Optional.of(video.join());
  }

  /** @return true the first time it is called: the terminal event is handled exactly once */
  public boolean claimFinishNotification() {
    return finishNotified.compareAndSet(false, true);
  }

  /** @return true the first time it is called on a task armed with an early webhook */
  public boolean claimEarlyWebhook() {
    return earlyWebhook && earlyWebhookSent.compareAndSet(false, true);
  }

  /** @return true when the terminal event was already handled */
  public boolean finishNotified() {
    return finishNotified.get();
  }

  /** @return task id */
  public String id() {
    return id;
  }

  /** @return the dialect that created the task */
  public Dialect dialect() {
    return dialect;
  }

  /** @return what was asked */
  public TaskSpec spec() {
    return spec;
  }

  /** @return creation instant */
  public Instant createdAt() {
    return createdAt;
  }

  /** @return generation time */
  public Duration generationTime() {
    return generationTime;
  }

  /** @return credits reserved at submit */
  public long charge() {
    return charge;
  }

  /** @return the planned failure, or null */
  FailureKind plannedFailure() {
    return plannedFailure;
  }

  /** @return the MP4 future, or null */
  CompletableFuture<Path> video() {
    return video;
  }

  /** @return whether an early (forged) webhook is armed */
  public boolean earlyWebhook() {
    return earlyWebhook;
  }

  /** @return base of result URLs, without a trailing slash */
  public String baseUrl() {
    return baseUrl;
  }
}
