package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.WaitPolicy;

/**
 * Where to place status polls. Pure functions, safe in workflow code.
 *
 * <p>The first poll goes where the job is likely done: the provider's hint (for example
 * {@code estimated_time} on unified, docs/providers/README.md) or the account's configured
 * estimate, else the learned median of the series' recent finished jobs
 * ({@link PollEstimateActivities}, once it holds {@value PollEstimateActivities#MIN_SAMPLES} jobs),
 * else a probe at {@value #PROBE_SHARE} of the static {@link #estimateSeconds} (see
 * {@link #probeDelaySeconds}). After that the interval starts at {@value #FIRST_INTERVAL_SHARE} of
 * the expected time, capped at {@link WaitPolicy#firstBackoffSeconds()} (10 s, seed 001's
 * recommendation), and grows by
 * {@link WaitPolicy#backoffFactor()} up to {@link WaitPolicy#maxPollSeconds()}; it is never
 * below {@link WaitPolicy#minPollSeconds()} (5 s, seed 002's floor).
 */
public final class PollSchedule {

  private PollSchedule() {}

  /**
   * @param hintSeconds the provider's or account's estimate in seconds, or {@code null}
   * @param request     the request, for the built-in estimate
   * @param policy      the wait policy
   * @return seconds from submit to the first poll, at least the policy's minimum
   */
  public static long firstDelaySeconds(Integer hintSeconds, GenerationRequest request, WaitPolicy policy) {
    long estimate = hintSeconds != null && hintSeconds > 0 ? hintSeconds : estimateSeconds(request);
    return Math.max(policy.minPollSeconds(), estimate);
  }

  /** Share of the static estimate at which a job without hint or learned figure is first polled. */
  static final double PROBE_SHARE = 0.1;

  /**
   * The first poll of a job whose series has too little data (fewer than
   * {@value PollEstimateActivities#MIN_SAMPLES} finished jobs) and no hint: early, at
   * {@value #PROBE_SHARE} of {@link #estimateSeconds}, so its generation time is measured within
   * one growing interval instead of being cut off at the table's guess.
   *
   * @param request the request
   * @param policy  the wait policy
   * @return seconds from submit to the first poll, at least the policy's minimum
   */
  public static long probeDelaySeconds(GenerationRequest request, WaitPolicy policy) {
    return Math.max(policy.minPollSeconds(), Math.round(estimateSeconds(request) * PROBE_SHARE));
  }

  /** Share of the expected generation time that the first interval after the first poll takes. */
  static final double FIRST_INTERVAL_SHARE = 0.08;

  /**
   * @param previousSeconds the interval just used, or 0 after the first poll
   * @param expectedSeconds the job's expected generation time in seconds (hint, learned or static)
   * @param policy          the wait policy
   * @return the next interval in seconds: after the first poll {@value #FIRST_INTERVAL_SHARE} of
   *     the expected time, at most {@link WaitPolicy#firstBackoffSeconds()}; then growing by
   *     {@link WaitPolicy#backoffFactor()}; always within [min, max] of the policy
   */
  public static long nextIntervalSeconds(long previousSeconds, long expectedSeconds, WaitPolicy policy) {
    long next = previousSeconds <= 0
        ? Math.min(policy.firstBackoffSeconds(), Math.round(expectedSeconds * FIRST_INTERVAL_SHARE))
        : Math.round(previousSeconds * policy.backoffFactor());
    return Math.max(policy.minPollSeconds(), Math.min(policy.maxPollSeconds(), next));
  }

  /**
   * A rough generation time when nobody gives a hint: 60 s of queue and start-up plus 10 s per
   * output second at 720p, scaled by resolution (480p ×0.6, 1080p ×1.8), model
   * ({@code -fast} ×0.5, {@code 1.5-pro} ×0.8) and audio (×1.2). These are our round figures for
   * the Seedance 2.0 family (minutes per clip), not a provider's promise; an account's
   * {@code estimated-seconds} overrides them.
   *
   * @param r the request
   * @return estimated seconds from submit to done
   */
  public static long estimateSeconds(GenerationRequest r) {
    double perSecond = 10.0 * switch (r.resolution() == null ? "720p" : r.resolution()) {
      case "480p" -> 0.6;
      case "1080p" -> 1.8;
      default -> 1.0;
    };
    String model = r.model() == null ? "" : r.model();
    double modelFactor = model.endsWith("-fast") ? 0.5 : model.contains("1.5") ? 0.8 : 1.0;
    double audioFactor = r.generateAudio() ? 1.2 : 1.0;
    return Math.round(60 + r.durationSeconds() * perSecond * modelFactor * audioFactor);
  }
}
