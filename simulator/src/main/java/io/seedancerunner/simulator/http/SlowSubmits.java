package io.seedancerunner.simulator.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.admin.FaultKind;
import io.seedancerunner.simulator.admin.Faults;
import io.seedancerunner.simulator.admin.Stats;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code slowSubmits} fault, for every dialect's submit endpoint: the task is already created,
 * and the answer is held back for {@code slowSubmitSeconds} (default
 * {@value Faults#DEFAULT_SLOW_SUBMIT_SECONDS} s), longer than a client's submit timeout, so the
 * client sees a request that left and an answer that never came. The delay runs on a timer, never
 * on the event loop.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class SlowSubmits {

  private final Faults faults;
  private final Stats stats;

  /**
   * @param faults armed faults
   * @param stats  statistics ({@code slowSubmits} counter)
   */
  public SlowSubmits(Faults faults, Stats stats) {
    this.faults = faults;
    this.stats = stats;
  }

  /**
   * Call only after the submit created its task.
   *
   * @param dialect  the submitting dialect
   * @param response the answer of the created task
   * @param <T>      body type
   * @return the answer, completed at once, or after {@code slowSubmitSeconds} when the fault is
   *         armed for this dialect
   */
  public <T> CompletableFuture<HttpResponse<T>> answer(Dialect dialect, HttpResponse<T> response) {
    if (!faults.consume(FaultKind.SLOW_SUBMITS, dialect)) {
      return CompletableFuture.completedFuture(response);
    }
    stats.increment(dialect, Stats.Counter.SLOW_SUBMITS);
    return CompletableFuture.supplyAsync(() -> response,
        CompletableFuture.delayedExecutor(faults.slowSubmitSeconds(), TimeUnit.SECONDS));
  }
}
