package io.seedancerunner.worker.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/**
 * {@code seedance serve}: runs until stopped (SIGTERM / Ctrl-C). Which parts run is config:
 * {@code seedance.api.enabled}, {@code seedance.worker.enabled}, {@code simulator.enabled}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the api, the worker and the simulator until stopped.")
public class ServeCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    ApplicationContext ctx = RunnerContext.start(Map.of());
    CountDownLatch stopped = new CountDownLatch(1);
    // Micronaut's own shutdown hook stops the server and closes the context on SIGTERM; closing it
    // here too deadlocked the two hooks (NettyHttpServer.stop against ApplicationContext.stop), so
    // `docker stop` waited for its SIGKILL.
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
    int port = ctx.getBean(EmbeddedServer.class).getPort();
    System.out.println("Seedance Runner listening on http://localhost:" + port + " · "
        + ctx.getBean(TemporalTarget.class).description());
    stopped.await();
    return 0;
  }
}
