package io.seedancerunner.worker.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Keeps the Temporal SDK's meters within Prometheus' rule that every meter of one name has the same
 * tag keys: the SDK adds {@code update_name} to its request meters only for Update calls, so without
 * this filter the registry refuses one of the two shapes of {@code temporal_long_request} (and logs
 * a warning) depending on which call came first.
 */
@Factory
public class MeterFilters {

  /** @return a filter dropping the {@code update_name} tag from every meter */
  @Singleton
  MeterFilter withoutUpdateName() {
    return MeterFilter.ignoreTags("update_name");
  }
}
