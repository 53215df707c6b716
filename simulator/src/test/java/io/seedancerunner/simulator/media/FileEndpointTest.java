package io.seedancerunner.simulator.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /sim/files/{id}.mp4}: whole file, ranges, 416, HEAD, 404, truncation, throttling, stats. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileEndpointTest {

  private Sim sim;
  private String id;
  private byte[] whole;

  @BeforeAll
  void start() throws Exception {
    sim = Sim.start();
    HttpResponse<String> r = sim.post("/sim/open-api/api/open/v1/video/generations",
        "{\"prompt\":\"file\",\"resolution\":\"480p\",\"duration\":4}", Sim.OPEN_API_KEY);
    id = Sim.json(r).get("requestId").asText();
    Sim.await("succeeded", Duration.ofSeconds(15),
        () -> Sim.json(sim.get("/sim/open-api/api/open/v1/video/generations/" + id, Sim.OPEN_API_KEY)),
        s -> s.get("status").asText().equals("succeeded"));
    whole = fetch(null).body();
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void clearFaults() {
    sim.faults("{\"truncateDownloads\":0,\"downloadBytesPerSecond\":0}");
  }

  private HttpResponse<byte[]> fetch(String range) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.base() + "/sim/files/" + id + ".mp4")).GET();
    if (range != null) {
      b.header("Range", range);
    }
    return sim.http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode lastFileRequest() {
    JsonNode files = sim.stats().get("files");
    return files.get(files.size() - 1);
  }

  @Test
  void wholeFileIs200WithLengthAndAcceptRanges() throws Exception {
    HttpResponse<byte[]> r = fetch(null);
    assertEquals(200, r.statusCode());
    assertEquals(String.valueOf(r.body().length), r.headers().firstValue("Content-Length").orElseThrow());
    assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElseThrow());
    assertEquals("video/mp4", r.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("ftyp", new String(r.body(), 4, 4), "an MP4 starts with ftyp");
    JsonNode f = lastFileRequest();
    assertEquals(id, f.get("taskId").asText());
    assertTrue(f.get("range").isNull());
    assertEquals(200, f.get("status").asInt());
    assertEquals(whole.length, f.get("bytesSent").asLong());
  }

  @Test
  void openEndedRangeIs206() throws Exception {
    HttpResponse<byte[]> r = fetch("bytes=1000-");
    assertEquals(206, r.statusCode());
    assertEquals("bytes 1000-" + (whole.length - 1) + "/" + whole.length, r.headers().firstValue("Content-Range").orElseThrow());
    assertEquals(String.valueOf(whole.length - 1000), r.headers().firstValue("Content-Length").orElseThrow());
    assertArrayEquals(Arrays.copyOfRange(whole, 1000, whole.length), r.body());
    assertEquals("bytes=1000-", lastFileRequest().get("range").asText());
    assertEquals(206, lastFileRequest().get("status").asInt());
  }

  @Test
  void closedRangeIs206() throws Exception {
    HttpResponse<byte[]> r = fetch("bytes=10-19");
    assertEquals(206, r.statusCode());
    assertEquals("bytes 10-19/" + whole.length, r.headers().firstValue("Content-Range").orElseThrow());
    assertArrayEquals(Arrays.copyOfRange(whole, 10, 20), r.body());
    assertEquals(10, lastFileRequest().get("bytesSent").asLong());
  }

  @Test
  void rangePastTheEndIs416() throws Exception {
    HttpResponse<byte[]> r = fetch("bytes=" + whole.length + "-");
    assertEquals(416, r.statusCode());
    assertEquals("bytes */" + whole.length, r.headers().firstValue("Content-Range").orElseThrow());
    assertEquals(416, lastFileRequest().get("status").asInt());
  }

  @Test
  void headGivesTheLengthWithoutABody() throws Exception {
    HttpResponse<byte[]> r = sim.http().send(HttpRequest.newBuilder(URI.create(sim.base() + "/sim/files/" + id + ".mp4"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals(String.valueOf(whole.length), r.headers().firstValue("Content-Length").orElseThrow());
    assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElseThrow());
    assertEquals(0, r.body().length);
  }

  @Test
  void unknownOrUnfinishedTasksAre404() throws Exception {
    assertEquals(404, sim.get("/sim/files/req_unknown.mp4", null).statusCode());
    sim.faults("{\"generationSeconds\":30}");
    try {
      String slow = Sim.json(sim.post("/sim/open-api/api/open/v1/video/generations",
          "{\"prompt\":\"slow\",\"resolution\":\"480p\",\"duration\":4}", Sim.OPEN_API_KEY)).get("requestId").asText();
      assertEquals(404, sim.get("/sim/files/" + slow + ".mp4", null).statusCode());
    } finally {
      sim.faults("{\"generationSeconds\":1}");
    }
  }

  @Test
  void truncatedDownloadAnnouncesTheFullLengthThenCloses() throws Exception {
    sim.faults("{\"truncateDownloads\":1}");
    assertThrows(IOException.class, () -> fetch(null), "the client notices the early close");
    JsonNode f = lastFileRequest();
    long sent = f.get("bytesSent").asLong();
    assertTrue(sent >= whole.length / 2 - 1 && sent <= whole.length / 2 + 1, "about half sent: " + sent + " of " + whole.length);
    HttpResponse<byte[]> next = fetch(null);
    assertEquals(whole.length, next.body().length, "only the next N downloads are cut");
  }

  @Test
  void truncationAlsoCutsARangeRequest() throws Exception {
    sim.faults("{\"truncateDownloads\":1}");
    assertThrows(IOException.class, () -> fetch("bytes=100-"));
    HttpResponse<byte[]> resumed = fetch("bytes=100-");
    assertArrayEquals(Arrays.copyOfRange(whole, 100, whole.length), resumed.body());
  }

  @Test
  void throttledDownloadTakesAtLeastSizeOverRate() throws Exception {
    sim.faults("{\"downloadBytesPerSecond\":100000}");
    long start = System.nanoTime();
    HttpResponse<byte[]> r = fetch("bytes=0-59999");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(60000, r.body().length);
    assertTrue(seconds >= 0.55, "60 kB at 100 kB/s took " + seconds + " s");
    sim.faults("{\"downloadBytesPerSecond\":0}");
    start = System.nanoTime();
    fetch("bytes=0-59999");
    assertTrue((System.nanoTime() - start) / 1e9 < 0.5, "unthrottled again");
  }
}
