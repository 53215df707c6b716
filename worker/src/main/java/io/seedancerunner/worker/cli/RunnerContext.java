package io.seedancerunner.worker.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.seedancerunner.worker.config.RunnerDefaults;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the one-process runtime: Micronaut with the api, the worker and the simulator, talking
 * to the Temporal server {@link TemporalTarget} chooses. Fills only what no configuration gives
 * ({@link RunnerDefaults}): the HTTP port, the public base URL, a webhook token secret, the bind address 127.0.0.1,
 * the webhook listener when {@code seedance.api.webhook-port} is set, and the local operator key
 * ({@link LocalOperatorKey}, made in the data directory at first start).
 */
public final class RunnerContext {

  private RunnerContext() {}

  /**
   * @param extra properties that win over every configuration source (tests)
   * @return the started context; close it to stop everything
   * @throws IOException when no port can be found
   */
  public static ApplicationContext start(Map<String, Object> extra) throws IOException {
    Map<String, Object> props = new HashMap<>(RunnerDefaults.missing(extra));
    props.putAll(extra);
    return Micronaut.build(new String[0]).mainClass(RunnerContext.class).banner(false)
        .properties(props).start();
  }
}
