package io.seedancerunner.worker.temporal;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.seedancerunner.workflows.generation.SearchAttributeTypes;
import io.seedancerunner.workflows.generation.SearchAttributes;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which Temporal server this process talks to, and starts one when none is configured:
 *
 * <ol>
 *   <li>{@code seedance.temporal.address} (env {@code TEMPORAL_ADDRESS}) set: that server;</li>
 *   <li>else, mode {@code auto} and the {@code temporal} CLI installed ({@link TemporalCli}): {@code temporal server
 *       start-dev} with the db file {@code <data-dir>/temporal.db} (jobs survive a restart and show
 *       in Temporal UI on port 8233), or an already running dev server on that port;</li>
 *   <li>else the Java test server, in process, without time skipping (nothing survives a
 *       restart).</li>
 * </ol>
 *
 * <p>Modes ({@code seedance.temporal.mode}): {@code auto} (default), {@code dev-server},
 * {@code in-process}.
 */
@Singleton
public class TemporalTarget {

  private static final Logger LOG = LoggerFactory.getLogger(TemporalTarget.class);

  private final String target;
  private final String description;
  private AutoCloseable embedded;
  private Process devServer;

  /**
   * @param address   configured address ({@code host:port}), empty for embedded
   * @param mode      {@code auto}, {@code dev-server} or {@code in-process}
   * @param dataDir   where the dev server's db file lives
   * @param port      frontend port of an embedded server; 0 picks 7233 for the dev server and a
   *                  free port for the in-process server
   * @param uiPort    Temporal UI port of the dev server
   * @throws IOException when the embedded server cannot start
   */
  public TemporalTarget(
      @Value("${seedance.temporal.address:}") String address,
      @Value("${seedance.temporal.mode:auto}") String mode,
      @Value("${seedance.data-dir:data}") String dataDir,
      @Value("${seedance.temporal.port:0}") int port,
      @Value("${seedance.temporal.ui-port:8233}") int uiPort) throws IOException {
    if (!address.isBlank()) {
      target = address;
      description = "Temporal at " + address;
    } else if (mode.equals("dev-server") || (mode.equals("auto") && TemporalCli.find().isPresent())) {
      int p = port == 0 ? 7233 : port;
      target = "127.0.0.1:" + p;
      if (listening(p)) {
        description = "Temporal dev server already running at " + target + " (UI http://localhost:" + uiPort + ")";
      } else {
        Path cli = TemporalCli.find().orElseThrow(() -> new IOException(
            "seedance.temporal.mode=dev-server but no temporal CLI found; run scripts/temporal-cli.sh"));
        devServer = startDevServer(cli, Path.of(dataDir), p, uiPort);
        description = "Temporal dev server at " + target + ", db " + Path.of(dataDir, "temporal.db")
            + ", UI http://localhost:" + uiPort;
      }
    } else {
      int p = port == 0 ? freePort() : port;
      embedded = io.temporal.testserver.TestServer.createPortBoundServer(p, true);
      target = "127.0.0.1:" + p;
      description = "in-process Temporal test server at " + target
          + " (jobs do not survive a restart; install the temporal CLI or set TEMPORAL_ADDRESS)";
    }
    LOG.info("Using {}", description);
  }

  /** @return {@code host:port} of the Temporal frontend */
  public String target() {
    return target;
  }

  /** @return one line for humans: which server, and whether jobs survive a restart */
  public String description() {
    return description;
  }

  /**
   * The dev server's command line: a db file (jobs survive a restart), the ports, and every
   * {@link SearchAttributes#ALL} attribute as {@code --search-attribute Name=Type}, the list
   * {@code scripts/dev-server.sh} reads from {@code scripts/search-attributes.txt}. The CLI registers
   * them only when it creates the db file (BUILD-NOTES.md); on an existing file the worker's
   * {@link SearchAttributeRegistrar} adds what is missing.
   *
   * @param cli     the {@code temporal} executable
   * @param dataDir where {@code temporal.db} lives
   * @param port    frontend port
   * @param uiPort  Temporal UI port
   * @return the command and its arguments
   */
  static List<String> devServerCommand(Path cli, Path dataDir, int port, int uiPort) {
    List<String> cmd = new ArrayList<>(List.of(cli.toString(), "server", "start-dev",
        "--db-filename", dataDir.resolve("temporal.db").toString(),
        "--port", String.valueOf(port), "--ui-port", String.valueOf(uiPort),
        "--log-level", "warn"));
    for (String spec : SearchAttributeTypes.cliSpecs(SearchAttributes.ALL)) {
      cmd.add("--search-attribute");
      cmd.add(spec);
    }
    return cmd;
  }

  private static Process startDevServer(Path cli, Path dataDir, int port, int uiPort) throws IOException {
    Files.createDirectories(dataDir);
    List<String> cmd = devServerCommand(cli, dataDir, port, uiPort);
    Process process = new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("temporal-dev-server.log").toFile())
        .start();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!listening(port)) {
      if (!process.isAlive() || System.nanoTime() > until) {
        process.destroy();
        throw new IOException("temporal server start-dev did not come up on port " + port
            + "; see " + dataDir.resolve("temporal-dev-server.log"));
      }
      sleep(200);
    }
    return process;
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** @return a free local TCP port */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops what this process started; an external server is left alone. */
  @PreDestroy
  public void close() throws Exception {
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
    if (devServer != null) {
      devServer.destroy();
      devServer.waitFor();
      devServer = null;
    }
  }
}
