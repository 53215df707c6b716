package io.seedancerunner.worker.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded dev server is recorded in the data directory; a runner killed with SIGKILL leaves
 * it running, and the next start adopts it (same process, same ports) and stops it at its end.
 * Needs the Temporal CLI (scripts/temporal-cli.sh).
 */
class DevServerTest {

  @Test
  void nextStartAdoptsTheServerOfAKilledRunnerAndStopsIt() throws Exception {
    Path cli = TemporalCli.find("").orElseThrow(() -> new AssertionError("run scripts/temporal-cli.sh first"));
    Path data = Files.createTempDirectory("seedance-devserver");
    DevServer first = DevServer.startOrAdopt(cli, data, 0, 0);
    DevServerState started = DevServerState.read(data).orElseThrow();
    assertTrue(first.description().contains("Temporal UI http://localhost:" + started.uiPort()), first.description());
    assertTrue(DevServer.listening(started.port()));

    // What a kill -9 of the runner leaves: the server alive, its record naming a dead owner.
    Process dead = new ProcessBuilder("true").start();
    assertTrue(dead.waitFor(10, TimeUnit.SECONDS));
    new DevServerState(started.serverPid(), dead.pid(), started.port(), started.uiPort()).write(data);

    DevServer second = DevServer.startOrAdopt(cli, data, 0, 0);
    DevServerState adopted = DevServerState.read(data).orElseThrow();
    assertEquals(started.serverPid(), adopted.serverPid());
    assertEquals(ProcessHandle.current().pid(), adopted.ownerPid());
    assertEquals(started.port(), adopted.port());
    assertTrue(second.description().contains("adopted"), second.description());

    ProcessHandle server = ProcessHandle.of(started.serverPid()).orElseThrow();
    second.close();
    assertFalse(server.isAlive());
    assertFalse(Files.exists(data.resolve(DevServerState.FILE)));
    first.close(); // its server is gone already: closing again does no harm
  }
}
