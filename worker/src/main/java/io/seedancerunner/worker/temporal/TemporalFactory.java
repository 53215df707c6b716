package io.seedancerunner.worker.temporal;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micrometer.core.instrument.MeterRegistry;
import io.seedancerunner.worker.metrics.JobMetricsInterceptor;
import io.seedancerunner.worker.metrics.TemporalMetrics;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * Temporal client beans, shared by the api (starts workflows) and the worker (runs them). The
 * pattern follows airbyte-platform's {@code TemporalBeanFactory} (docs/build.md).
 */
@Factory
public class TemporalFactory {

  /**
   * @param queryTimeout how long a query may wait for a worker to answer,
   *                     {@code seedance.temporal.query-timeout} (default 5 s). The SDK's default
   *                     is a minute, so with no worker running {@code GET /v1/generations/{id}}
   *                     would hang that long before falling back to describe alone.
   * @param registry     the meter registry; the SDK's {@code temporal_*} metrics go there
   *                     ({@link TemporalMetrics})
   * @return gRPC stubs to the server {@link TemporalTarget} chose
   */
  @Singleton
  @Bean(preDestroy = "shutdown")
  WorkflowServiceStubs serviceStubs(TemporalTarget target,
      @Value("${seedance.temporal.query-timeout:5s}") Duration queryTimeout,
      Optional<MeterRegistry> registry) {
    WorkflowServiceStubsOptions.Builder options = WorkflowServiceStubsOptions.newBuilder()
        .setTarget(target.target())
        .setRpcQueryTimeout(queryTimeout);
    registry.ifPresent(r -> options.setMetricsScope(TemporalMetrics.scope(r)));
    return WorkflowServiceStubs.newServiceStubs(options.build());
  }

  /**
   * @param namespace Temporal namespace, {@code seedance.temporal.namespace}, default {@code default}
   * @return the workflow client, after the project's search attributes are registered on the namespace
   */
  @Singleton
  WorkflowClient workflowClient(WorkflowServiceStubs stubs,
      @Value("${seedance.temporal.namespace:default}") String namespace) {
    SearchAttributeRegistrar.ensure(stubs, namespace, SearchAttributes.ALL);
    return WorkflowClient.newInstance(stubs,
        WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
  }

  /**
   * @param tuning cache size and workflow threads ({@code seedance.worker-tuning.*})
   * @return the worker factory, with the runner's job metrics ({@link JobMetricsInterceptor});
   *     {@code WorkerRunner} registers and starts the workers
   */
  @Singleton
  @Bean(preDestroy = "shutdown")
  WorkerFactory workerFactory(WorkflowClient client, io.seedancerunner.worker.tuning.WorkerTuning tuning) {
    return WorkerFactory.newInstance(client, tuning.factoryOptions(WorkerFactoryOptions.newBuilder()
        .setWorkerInterceptors(new JobMetricsInterceptor())));
  }
}
