package io.seedancerunner.worker.metrics;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.uber.m3.util.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;

/**
 * The Temporal SDK's metrics ({@code temporal_*}: requests, long polls, task latencies, slots) and
 * the workflows' own ({@code Workflow.getMetricsScope()}) as a tally scope reporting into
 * Micrometer through {@link MicrometerClientStatsReporter} (Temporal docs, "Observability - Java
 * SDK": metrics).
 */
public final class TemporalMetrics {

  /** How often the scope flushes into the registry. */
  public static final Duration REPORT_EVERY = Duration.ofSeconds(1);

  private TemporalMetrics() {}

  /**
   * @param registry the registry {@code /prometheus} shows
   * @return the scope to give {@code WorkflowServiceStubsOptions.setMetricsScope}
   */
  public static Scope scope(MeterRegistry registry) {
    return new RootScopeBuilder().reporter(new MicrometerClientStatsReporter(registry)).reportEvery(REPORT_EVERY);
  }
}
