package io.seedancerunner.api.support;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

/** A {@code WorkflowClient} aimed at a localhost port where nothing listens: Temporal is down. */
@Factory
@Requires(env = "temporal-down")
public class TemporalDownFactory {

  /** @return stubs that give up after about half a second */
  @Singleton
  @Bean(preDestroy = "shutdownNow")
  WorkflowServiceStubs stubs() {
    return WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
        .setTarget("127.0.0.1:" + freePort())
        .setSystemInfoTimeout(Duration.ofMillis(500))
        .setRpcRetryOptions(RpcRetryOptions.newBuilder().setExpiration(Duration.ofMillis(500)).validateBuildWithDefaults())
        .build());
  }

  /** @return a client over those stubs */
  @Singleton
  WorkflowClient workflowClient(WorkflowServiceStubs stubs) {
    return WorkflowClient.newInstance(stubs);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
