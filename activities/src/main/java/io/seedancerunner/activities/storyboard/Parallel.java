package io.seedancerunner.activities.storyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one media step per clip side by side (probes, contact-sheet pictures): each opens and decodes
 * its own file, so a few at once cut the stitch's wall time.
 */
final class Parallel {

  /** Steps at once: the machine's cores, at least 2, at most 8. */
  static final int WIDTH = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

  private Parallel() {}

  /**
   * @param items the inputs
   * @param fn    the step
   * @return the outputs in input order; the first failure is rethrown as it was
   */
  static <T, R> List<R> map(List<T> items, Function<T, R> fn) {
    if (items.size() <= 1) {
      return items.stream().map(fn).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(WIDTH, items.size()));
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> fn.apply(item)));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
