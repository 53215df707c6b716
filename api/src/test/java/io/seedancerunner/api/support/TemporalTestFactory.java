package io.seedancerunner.api.support;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import jakarta.inject.Singleton;

/**
 * Provides the {@code WorkflowClient} bean that the worker module provides in the real
 * application: here from an in-process {@link TestWorkflowEnvironment} whose worker runs
 * {@link FakeGenerationWorkflow} and {@link FakeStoryboardWorkflow}, with a {@link StartCounter} on the client.
 */
@Factory
@Requires(notEnv = "temporal-down")
public class TemporalTestFactory {

  /** @return the counter every test context shares with its client */
  @Singleton
  StartCounter startCounter() {
    return new StartCounter();
  }

  /** @return a started in-process Temporal, closed with the context */
  @Singleton
  @Bean(preDestroy = "close")
  TestWorkflowEnvironment environment(StartCounter counter) {
    TestVideo.ensure();
    TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
        .setUseTimeskipping(false)
        .setWorkflowClientOptions(WorkflowClientOptions.newBuilder().setInterceptors(counter).build())
        .build());
    env.newWorker(TaskQueues.WORKFLOWS).registerWorkflowImplementationTypes(FakeGenerationWorkflow.class,
        FakeStoryboardWorkflow.class, io.seedancerunner.workflows.budget.BudgetLedgerWorkflowImpl.class);
    env.start();
    return env;
  }

  /** @return the environment's client */
  @Singleton
  WorkflowClient workflowClient(TestWorkflowEnvironment env) {
    return env.getWorkflowClient();
  }
}
