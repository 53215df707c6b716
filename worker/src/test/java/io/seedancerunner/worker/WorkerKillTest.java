package io.seedancerunner.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.seedancerunner.activities.media.Mp4Probe;
import io.seedancerunner.worker.cli.RunnerContext;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the worker process (SIGKILL) in the middle of a download and starts another: the job
 * completes, the file is whole, and the provider saw exactly one submit. The api, the simulator
 * and a Temporal dev server run beside this JVM; each worker is a separate {@code seedance serve}
 * process.
 */
class WorkerKillTest {

  private static final String SECRET = "kill-test-webhook-token-secret-0123";
  private ApplicationContext ctx;
  private final List<Process> workers = new ArrayList<>();

  @AfterEach
  void stop() {
    workers.forEach(Process::destroyForcibly);
    if (ctx != null) {
      ctx.close();
    }
  }

  @Test
  void killedWorkerMidDownloadResumesOnTheNextWorker() throws Exception {
    Path data = Files.createTempDirectory("seedance-kill");
    int port = TemporalTarget.freePort();
    ctx = RunnerContext.start(Map.of(
        "micronaut.server.port", port,
        "seedance.worker.enabled", false,
        // A real dev server: the Java test server never moves a SIGKILLed worker's sticky
        // workflow task back to the task queue (a real server does within seconds), so this
        // test needs the temporal CLI (scripts/temporal-cli.sh installs it).
        "seedance.temporal.mode", "dev-server",
        "seedance.temporal.port", TemporalTarget.freePort(),
        "seedance.temporal.ui-port", TemporalTarget.freePort(),
        "seedance.data-dir", data.toString(),
        "seedance.webhook-token-secret", SECRET,
        "seedance.jobs.download-heartbeat-timeout", "3s",
        "simulator.generation-seconds", 1,
        "simulator.video-dir", data.resolve("sim-videos").toString()));
    Http http = new Http(port, data);
    String temporal = ctx.getBean(TemporalTarget.class).target();
    // About 850 KB at 100 KB/s: the download takes ~8 s, long enough to kill it midway.
    http.post("/sim/admin/faults", "{\"downloadBytesPerSecond\": 100000}");

    Process first = startWorker(temporal, port, data, "worker-1");
    String id = http.post("/v1/generations", Files.readString(Path.of("../examples/mountains-at-sunrise.json")))
        .path("jobId").asText();
    http.awaitJob(id, s -> "DOWNLOADING".equals(s.path("status").asText()));
    Thread.sleep(3000);
    first.destroyForcibly().waitFor();
    startWorker(temporal, port, data, "worker-2");
    JsonNode done;
    try {
      done = http.awaitJob(id, Http::terminal);
    } catch (AssertionError e) {
      StringBuilder events = new StringBuilder();
      ctx.getBean(io.temporal.client.WorkflowClient.class).fetchHistory(id).getEvents()
          .forEach(ev -> events.append(ev.getEventId()).append(' ').append(ev.getEventType()).append('\n'));
      throw new AssertionError(e.getMessage() + "\nhistory:\n" + events, e);
    }

    assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
    JsonNode stats = http.get("/sim/admin/stats");
    assertEquals(1, stats.path("dialects").path("open-api").path("submitsAccepted").asInt(), "one submit");
    assertEquals(1, stats.path("dialects").path("open-api").path("submitsAttempted").asInt(), "one submit");
    String task = done.path("providerTaskId").asText();
    List<String> ranges = new ArrayList<>();
    stats.path("files").forEach(f -> {
      if (f.path("taskId").asText().equals(task)) {
        ranges.add(f.path("range").asText());
      }
    });
    assertTrue(ranges.size() >= 2 && ranges.get(ranges.size() - 1).matches("bytes=[1-9]\\d*-"),
        "the second worker resumed with a Range request: " + ranges);
    Path clip = Path.of(done.path("result").path("video").path("path").asText());
    http.post("/sim/admin/faults", "{\"downloadBytesPerSecond\": 0}");
    assertEquals(sha256(URI.create("http://localhost:" + port + "/sim/files/" + task + ".mp4").toURL().openStream()),
        sha256(Files.newInputStream(clip)), "the file is whole");
    assertEquals(8.0, Mp4Probe.probe(clip).durationSeconds(), 0.05);
  }

  private Process startWorker(String temporal, int simPort, Path data, String name) throws Exception {
    String sim = "http://localhost:" + simPort;
    List<String> cmd = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Dseedance.webhook-token-secret=" + SECRET,
        "-Dseedance.public-base-url=" + sim,
        "-Dseedance.providers.sim-open-api.base-url=" + sim + "/sim/open-api",
        "-Dseedance.providers.sim-seedanceapi.base-url=" + sim + "/sim/seedanceapi",
        "-Dlogback.configurationFile=logback.xml",
        "io.seedancerunner.worker.Main", "serve");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(data.resolve(name + ".log").toFile());
    pb.environment().putAll(Map.of(
        "TEMPORAL_ADDRESS", temporal,
        "SEEDANCE_API_ENABLED", "false",
        "SIMULATOR_ENABLED", "false",
        "SEEDANCE_DATA_DIR", data.toString(),
        "SEEDANCE_PORT", String.valueOf(TemporalTarget.freePort())));
    Process p = pb.start();
    workers.add(p);
    return p;
  }

  private static String sha256(InputStream in) throws Exception {
    try (in) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[65536];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    }
  }
}
