package io.seedancerunner.worker.temporal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded dev server's record in the data directory ({@value #FILE}): which process runs it,
 * which runner owns it, and its ports. A runner that starts with the record of a live server
 * whose owner is gone (the runner was killed with SIGKILL) adopts that server instead of starting
 * a second one on the same db file.
 *
 * @param serverPid process id of {@code temporal server start-dev}
 * @param ownerPid  process id of the runner that stops it
 * @param port      gRPC frontend port
 * @param uiPort    Temporal UI port
 */
public record DevServerState(long serverPid, long ownerPid, int port, int uiPort) {

  /** File name under the data directory. */
  public static final String FILE = "temporal-dev-server.properties";

  /**
   * @param dataDir the data directory
   * @return the record, or empty when there is none or it is unreadable
   */
  public static Optional<DevServerState> read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
      return Optional.of(new DevServerState(Long.parseLong(p.getProperty("server-pid")),
          Long.parseLong(p.getProperty("owner-pid")), Integer.parseInt(p.getProperty("port")),
          Integer.parseInt(p.getProperty("ui-port"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * @param dataDir the data directory
   * @throws IOException when the file cannot be written
   */
  public void write(Path dataDir) throws IOException {
    Properties p = new Properties();
    p.setProperty("server-pid", String.valueOf(serverPid));
    p.setProperty("owner-pid", String.valueOf(ownerPid));
    p.setProperty("port", String.valueOf(port));
    p.setProperty("ui-port", String.valueOf(uiPort));
    Path part = dataDir.resolve(FILE + ".part");
    try (Writer w = Files.newBufferedWriter(part)) {
      p.store(w, "temporal server start-dev of Seedance Runner");
    }
    Files.move(part, dataDir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** @param dataDir the data directory; removes the record when the server stopped */
  public static void delete(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(FILE));
    } catch (IOException ignored) {
      // a stale record is checked against the live processes on the next start
    }
  }

  /** @return the server process when it still runs and is a temporal CLI */
  public Optional<ProcessHandle> liveServer() {
    return ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive)
        .filter(h -> h.info().command().map(c -> c.endsWith("temporal")).orElse(false));
  }

  /** @return whether the owning runner process still runs */
  public boolean ownerAlive() {
    return ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false);
  }
}
