package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The learned generation times, one series per provider account × model × resolution × duration
 * ({@link #key}), kept durably by the worker (a small file store) and read and written only
 * through these activities, so workflow code stays deterministic. Runs on
 * {@link TaskQueues#QUOTA}.
 */
@ActivityInterface(namePrefix = "PollEstimate")
public interface PollEstimateActivities {

  /** Finished jobs a series needs before its figures replace the static table (issue 14). */
  int MIN_SAMPLES = 20;

  /**
   * @param key a series key from {@link #key}
   * @return the median generation time of the series' recent finished jobs, whole seconds, or
   *     {@code null} while the series holds fewer than {@link #MIN_SAMPLES} jobs
   */
  @ActivityMethod
  Long learnedSeconds(String key);

  /**
   * Adds one finished job to its series (the store keeps the most recent 100).
   *
   * @param key     a series key from {@link #key}
   * @param seconds the job's generation time, seconds from submit to done (estimated between the
   *                last poll that found it running and the poll that found it done)
   */
  @ActivityMethod
  void finished(String key, long seconds);

  /**
   * @param r the request
   * @return {@code provider|model|resolution|durationSeconds}, for example
   *     {@code sim-open-api|seedance-2.0|720p|8}; holds no secret
   */
  static String key(GenerationRequest r) {
    return r.provider() + "|" + r.model() + "|" + r.resolution() + "|" + r.durationSeconds();
  }
}
