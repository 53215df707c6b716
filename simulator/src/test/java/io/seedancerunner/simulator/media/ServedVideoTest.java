package io.seedancerunner.simulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Mp4Probe;
import io.seedancerunner.simulator.support.Sim;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The served MP4 has the asked pixel size and duration, checked with mp4parser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServedVideoTest {

  private Sim sim;

  @TempDir
  Path dir;

  @BeforeAll
  void start() {
    sim = Sim.start();
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  private Mp4Probe download(String url) throws Exception {
    Path file = dir.resolve(url.substring(url.lastIndexOf('/') + 1));
    HttpResponse<Path> r = sim.http().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofFile(file));
    assertEquals(200, r.statusCode());
    assertTrue(Files.size(file) > 1000);
    return Mp4Probe.of(file);
  }

  @Test
  void openApiVideoMatchesResolutionAspectRatioAndDuration() throws Exception {
    String id = Sim.json(sim.post("/sim/open-api/api/open/v1/video/generations",
        "{\"model\":\"seedance-1.5-pro\",\"prompt\":\"square\",\"aspectRatio\":\"1:1\",\"resolution\":\"480p\",\"duration\":5}",
        Sim.OPEN_API_KEY)).get("requestId").asText();
    JsonNode done = Sim.await("succeeded", Duration.ofSeconds(20),
        () -> Sim.json(sim.get("/sim/open-api/api/open/v1/video/generations/" + id, Sim.OPEN_API_KEY)),
        s -> s.get("status").asText().equals("succeeded"));
    Mp4Probe p = download(done.get("output").get("url").asText());
    assertEquals(640, p.width());
    assertEquals(640, p.height());
    assertEquals(5.0, p.videoSeconds(), 0.001);
    assertEquals(5.0, p.movieSeconds(), 0.05);
    assertEquals(-1, p.audioSeconds(), 0.0, "open-api videos are silent");
    assertTrue(p.moovBeforeMdat());
  }

  @Test
  void seedanceApiVideoWithAudioIsNineByTwentyOne() throws Exception {
    String id = Sim.json(sim.post("/sim/seedanceapi/v1/generate",
        "{\"prompt\":\"tall\",\"aspect_ratio\":\"9:21\",\"resolution\":\"480p\",\"duration\":\"4\",\"generate_audio\":true}",
        Sim.SEEDANCEAPI_KEY)).get("data").get("task_id").asText();
    JsonNode done = Sim.await("SUCCESS", Duration.ofSeconds(20),
        () -> Sim.json(sim.get("/sim/seedanceapi/v1/status?task_id=" + id, Sim.SEEDANCEAPI_KEY)).get("data"),
        d -> d.get("status").asText().equals("SUCCESS"));
    Mp4Probe p = download(done.get("response").get(0).asText());
    assertEquals(432, p.width());
    assertEquals(992, p.height());
    assertEquals(4.0, p.videoSeconds(), 0.001);
    assertTrue(Math.abs(p.audioSeconds() - 4.0) < 0.05, "audio lasts " + p.audioSeconds());
    assertEquals(4.0, p.movieSeconds(), 0.05);
  }
}
