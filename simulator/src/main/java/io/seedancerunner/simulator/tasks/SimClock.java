package io.seedancerunner.simulator.tasks;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The simulator's clock, a bean of its own so that tests may replace it ({@code @Replaces})
 * without touching any {@code java.time.Clock} bean of the combined application.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class SimClock {

  /** @return the current instant (UTC system clock) */
  public Instant now() {
    return Instant.now();
  }
}
