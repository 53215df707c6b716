package io.seedancerunner.worker.temporal;

import io.seedancerunner.workflows.generation.SearchAttributeTypes;
import io.seedancerunner.workflows.generation.SearchAttributes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's Temporal server: {@code temporal server start-dev} with its SQLite db file
 * in the data directory and Temporal UI, on ports this runner chooses, recorded in
 * {@link DevServerState}. On start it deliberately handles what an earlier runner left:
 *
 * <ul>
 *   <li>a live server whose runner still runs (a second {@code seedance} command on the same data
 *       directory): shared, and left running when this runner stops;</li>
 *   <li>a live server whose runner is gone (killed with SIGKILL): adopted, and stopped with this
 *       runner;</li>
 *   <li>a live server that does not answer on its port: stopped and replaced.</li>
 * </ul>
 *
 * <p>{@link #close()} stops an owned server with SIGTERM (the CLI then closes its db cleanly) and
 * removes the record. Flags: {@code temporal server start-dev --help} of CLI 1.9.1.
 */
final class DevServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DevServer.class);
  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private final Path dataDir;
  private final DevServerState state;
  private final ProcessHandle process;
  private final String how;
  private boolean owned;

  private DevServer(Path dataDir, DevServerState state, ProcessHandle process, boolean owned, String how) {
    this.dataDir = dataDir;
    this.state = state;
    this.process = process;
    this.owned = owned;
    this.how = how;
  }

  /**
   * @param cli     the {@code temporal} executable
   * @param dataDir where {@code temporal.db}, the log and the record live
   * @param port    frontend port, 0 = the recorded one if free, else any free port
   * @param uiPort  UI port, 0 = likewise
   * @return a running server this runner may use
   * @throws IOException when no server comes up within a minute (the log is named)
   */
  static DevServer startOrAdopt(Path cli, Path dataDir, int port, int uiPort) throws IOException {
    Files.createDirectories(dataDir);
    Optional<DevServerState> previous = DevServerState.read(dataDir);
    long self = ProcessHandle.current().pid();
    if (previous.isPresent()) {
      DevServerState s = previous.get();
      Optional<ProcessHandle> live = s.liveServer();
      if (live.isPresent() && listening(s.port())) {
        if (s.ownerAlive() && s.ownerPid() != self) {
          return new DevServer(dataDir, s, live.get(), false, "shared with runner pid " + s.ownerPid());
        }
        DevServerState adopted = new DevServerState(s.serverPid(), self, s.port(), s.uiPort());
        adopted.write(dataDir);
        LOG.info("adopted Temporal dev server pid {} left by runner pid {}", s.serverPid(), s.ownerPid());
        return new DevServer(dataDir, adopted, live.get(), true, "adopted from a stopped runner");
      }
      if (live.isPresent()) {
        LOG.warn("replacing Temporal dev server pid {}: it does not answer on port {}", s.serverPid(), s.port());
        stop(live.get());
      }
    }
    int p = port != 0 ? port : previous.map(DevServerState::port).filter(DevServer::free).orElse(freePort());
    int ui = uiPort != 0 ? uiPort : previous.map(DevServerState::uiPort).filter(u -> u != p && free(u))
        .orElse(freePort());
    Process started = new ProcessBuilder(command(cli, dataDir, p, ui))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("temporal-dev-server.log").toFile()))
        .start();
    DevServerState state = new DevServerState(started.pid(), self, p, ui);
    DevServer server = new DevServer(dataDir, state, started.toHandle(), true, "started");
    long until = System.nanoTime() + START_LIMIT.toNanos();
    while (!listening(p)) {
      if (!started.isAlive() || System.nanoTime() > until) {
        server.close();
        throw new IOException("temporal server start-dev did not come up on port " + p + "; see "
            + dataDir.resolve("temporal-dev-server.log"));
      }
      sleep(200);
    }
    state.write(dataDir);
    return server;
  }

  /**
   * The dev server's command line: a db file (jobs survive a restart), the ports, and every
   * {@link SearchAttributes#ALL} attribute as {@code --search-attribute Name=Type}, the list
   * {@code scripts/dev-server.sh} reads from {@code scripts/search-attributes.txt}. The CLI
   * registers them only when it creates the db file; on an existing file the worker's
   * {@link SearchAttributeRegistrar} adds what is missing.
   *
   * @param cli     the {@code temporal} executable
   * @param dataDir where {@code temporal.db} lives
   * @param port    frontend port
   * @param uiPort  Temporal UI port
   * @return the command and its arguments
   */
  static List<String> command(Path cli, Path dataDir, int port, int uiPort) {
    List<String> cmd = new ArrayList<>(List.of(cli.toString(), "server", "start-dev",
        "--db-filename", dataDir.resolve("temporal.db").toString(),
        "--port", String.valueOf(port), "--ui-port", String.valueOf(uiPort),
        "--ip", "127.0.0.1", "--log-level", "warn", "--ui-disable-news-fetch"));
    for (String spec : SearchAttributeTypes.cliSpecs(SearchAttributes.ALL)) {
      cmd.add("--search-attribute");
      cmd.add(spec);
    }
    return cmd;
  }

  /** @return {@code 127.0.0.1:port} of the frontend */
  String target() {
    return "127.0.0.1:" + state.port();
  }

  /** @return one line: where the server and its UI are, and how this runner came by it */
  String description() {
    return "Temporal dev server at " + target() + " (pid " + state.serverPid() + ", " + how + "), db "
        + dataDir.resolve("temporal.db") + ", Temporal UI http://localhost:" + state.uiPort();
  }

  /** Stops the server when this runner owns it, and removes the record; idempotent. */
  @Override
  public synchronized void close() {
    if (!owned) {
      return;
    }
    owned = false;
    stop(process);
    DevServerState.delete(dataDir);
  }

  private static void stop(ProcessHandle h) {
    h.destroy();
    try {
      h.onExit().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      h.destroyForcibly();
    }
  }

  static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean free(int port) {
    try (ServerSocket s = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
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
}
