package io.seedancerunner.simulator;

import io.micronaut.runtime.Micronaut;

/**
 * Runs the simulator on its own: {@code java -cp ... io.seedancerunner.simulator.SimulatorApplication}
 * (port from {@code micronaut.server.port}, default 8080; any {@code simulator.*} key as a
 * {@code -D} system property or environment variable). Inside the runner the same beans join
 * the worker's combined application context instead; {@code simulator.enabled=false} switches
 * them all off there.
 *
 * <p>The module ships no logback.xml (the combined application owns logging), so a standalone
 * run logs at logback's default DEBUG level unless started with
 * {@code -Dlogback.configurationFile=<file>}. (Setting {@code logger.levels.root} without a
 * logback.xml makes Micronaut's logging system abort the start-up: measured.)
 */
public final class SimulatorApplication {

  private SimulatorApplication() {}

  /**
   * Starts the Micronaut HTTP server with the simulator's controllers.
   *
   * @param args command-line arguments, passed to Micronaut (for example {@code -micronaut.server.port=8090})
   */
  public static void main(String[] args) {
    Micronaut.run(SimulatorApplication.class, args);
  }
}
