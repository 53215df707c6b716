package io.seedancerunner.activities.estimate;

import io.micronaut.context.annotation.Factory;
import io.seedancerunner.activities.config.RunnerConfig;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** Makes the worker's {@link FilePollEstimates}, kept in {@code <seedance.data-dir>/poll-estimates}. */
@Factory
public class PollEstimatesFactory {

  /**
   * @param config the runner's config, for its data folder
   * @return the store
   */
  @Singleton
  public FilePollEstimates pollEstimates(RunnerConfig config) {
    return new FilePollEstimates(Path.of(config.getDataDir(), "poll-estimates"));
  }
}
