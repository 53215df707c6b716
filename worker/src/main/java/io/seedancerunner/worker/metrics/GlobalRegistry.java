package io.seedancerunner.worker.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;

/**
 * Adds Micronaut's meter registry to Micrometer's global one, so that code built outside the bean
 * context (the provider adapters' HTTP calls, {@code ProviderCallMetrics}) records into the registry
 * that {@code GET /prometheus} shows.
 */
@Context
@Requires(beans = MeterRegistry.class)
public class GlobalRegistry {

  private final MeterRegistry registry;

  /** @param registry Micronaut's registry (Prometheus) */
  public GlobalRegistry(MeterRegistry registry) {
    this.registry = registry;
    Metrics.addRegistry(registry);
  }

  /** Leaves the global registry as it was (tests start several contexts in one JVM). */
  @PreDestroy
  void close() {
    Metrics.removeRegistry(registry);
  }
}
