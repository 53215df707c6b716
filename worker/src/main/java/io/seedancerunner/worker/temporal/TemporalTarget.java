package io.seedancerunner.worker.temporal;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which Temporal server this process talks to, and starts one when none is configured:
 *
 * <ol>
 *   <li>{@code seedance.temporal.address} (env {@code TEMPORAL_ADDRESS}) set: that server, and
 *       only then a server this runner did not start;</li>
 *   <li>else, mode {@code auto} or {@code dev-server} and the {@code temporal} CLI installed
 *       ({@link TemporalCli}): {@link DevServer}, {@code temporal server start-dev} with the db file
 *       {@code <data-dir>/temporal.db} and Temporal UI on ports it chooses and prints;</li>
 *   <li>else, as the last fallback, the Java test server in process: nothing is kept when it stops,
 *       which {@link #description()} and {@link NotDurableWarning} say plainly.</li>
 * </ol>
 *
 * <p>Modes ({@code seedance.temporal.mode}): {@code auto} (default), {@code dev-server} (fails
 * without the CLI), {@code in-process}.
 */
@Singleton
public class TemporalTarget {

  /** What the in-process fallback loses, said at start and on every answer that moves money. */
  public static final String NOT_KEPT = "in-process Temporal test server: jobs and budgets are NOT kept when this "
      + "runner stops; install the Temporal CLI (scripts/temporal-cli.sh) or set TEMPORAL_ADDRESS";

  private static final Logger LOG = LoggerFactory.getLogger(TemporalTarget.class);

  private final String target;
  private final String description;
  private final boolean durable;
  private AutoCloseable embedded;

  /**
   * @param address   configured address ({@code host:port}), empty for embedded
   * @param mode      {@code auto}, {@code dev-server} or {@code in-process}
   * @param cli       path of the {@code temporal} CLI, empty to search ({@link TemporalCli})
   * @param dataDir   where the dev server's db file and record live
   * @param port      frontend port of an embedded server; 0 = the runner chooses
   * @param uiPort    Temporal UI port of the dev server; 0 = the runner chooses
   * @throws IOException when the embedded server cannot start
   */
  public TemporalTarget(
      @Value("${seedance.temporal.address:}") String address,
      @Value("${seedance.temporal.mode:auto}") String mode,
      @Value("${seedance.temporal.cli:}") String cli,
      @Value("${seedance.data-dir:data}") String dataDir,
      @Value("${seedance.temporal.port:0}") int port,
      @Value("${seedance.temporal.ui-port:0}") int uiPort) throws IOException {
    if (!address.isBlank()) {
      target = address;
      description = "Temporal at " + address;
      durable = true;
    } else if (mode.equals("dev-server") || (mode.equals("auto") && TemporalCli.find(cli).isPresent())) {
      Path found = TemporalCli.find(cli).orElseThrow(() -> new IOException(
          "seedance.temporal.mode=dev-server but no temporal CLI found; run scripts/temporal-cli.sh"));
      DevServer server = DevServer.startOrAdopt(found, Path.of(dataDir), port, uiPort);
      embedded = server;
      target = server.target();
      description = server.description();
      durable = true;
    } else {
      int p = port == 0 ? freePort() : port;
      embedded = io.temporal.testserver.TestServer.createPortBoundServer(p, true);
      target = "127.0.0.1:" + p;
      description = "WARNING: " + NOT_KEPT + " (at " + target + ")";
      durable = false;
    }
    if (durable) {
      LOG.info("Using {}", description);
    } else {
      LOG.warn("Using {}", description);
    }
  }

  /** @return {@code host:port} of the Temporal frontend */
  public String target() {
    return target;
  }

  /** @return one line for humans: which server, its UI, and whether jobs survive a restart */
  public String description() {
    return description;
  }

  /** @return false for the in-process test server, which keeps no job and no budget */
  public boolean durable() {
    return durable;
  }

  /** @return a free local TCP port */
  public static int freePort() throws IOException {
    return DevServer.freePort();
  }

  /** Stops what this process started; an external or shared server is left alone. */
  @PreDestroy
  public void close() throws Exception {
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }
}
