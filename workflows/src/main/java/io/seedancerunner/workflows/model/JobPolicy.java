package io.seedancerunner.workflows.model;

import java.util.List;

/**
 * Who pays for a job and how hard it tries.
 *
 * @param tenant      whose budget ledger pays ({@code BudgetLedgerWorkflow} {@code budget/<tenant>});
 *                    {@code null}: no budget is kept (tests, and jobs started before budgets existed)
 * @param maxAttempts most provider attempts, fallbacks included (1..10; default
 *                    {@link #DEFAULT_MAX_ATTEMPTS})
 * @param fallbacks   where later attempts go, in order, after an attempt failed for a retryable
 *                    reason and is provably not running at the provider; each entry replaces the
 *                    provider account and/or the model of the request. Empty: later attempts
 *                    retry the same provider and model.
 * @param regenerateUndelivered whether a task that succeeded (and was paid) but whose video could
 *                    not be fetched, even from a fresh link, may be followed by a new paid task;
 *                    {@code false} (the default) ends such a job {@code UNDELIVERED}, naming the
 *                    task and its cost, so that one video is never paid twice unasked
 */
public record JobPolicy(String tenant, int maxAttempts, List<Fallback> fallbacks, boolean regenerateUndelivered) {

  /** Attempts when the request names none (our choice: one retry of a retryable failure, one more). */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  /** Most attempts a job may ask for. */
  public static final int MAX_ATTEMPTS_LIMIT = 10;

  /** Null lists become empty. */
  public JobPolicy {
    fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
  }

  /** A policy that never regenerates an undelivered video. */
  public JobPolicy(String tenant, int maxAttempts, List<Fallback> fallbacks) {
    this(tenant, maxAttempts, fallbacks, false);
  }

  /** @return the policy of a job that makes one attempt and keeps no budget */
  public static JobPolicy single() {
    return new JobPolicy(null, 1, List.of());
  }

  /**
   * One step of a fallback chain.
   *
   * @param provider provider account to use instead, or {@code null} to keep the current one
   * @param model    model to use instead, or {@code null} to keep the current one
   */
  public record Fallback(String provider, String model) {}
}
