package io.seedancerunner.worker.cli;

import static io.seedancerunner.worker.cli.FakeApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seedance run} and {@code seedance reshoot} against a fake API (the remote path). */
class RunCommandTest {

  static final String CREATED = "{\"storyboardId\":\"pf-1\",\"status\":\"GENERATING\",\"shots\":3,"
      + "\"links\":{\"self\":\"http://runner.example/v1/storyboards/pf-1\"}}";

  FakeApi api;

  @TempDir
  Path dir;

  Path file;

  @BeforeEach
  void start() throws Exception {
    api = new FakeApi();
    file = dir.resolve("product-film.yaml");
    Files.writeString(file, "title: Product film\nshots:\n  - prompt: a\n  - prompt: b\n    continuity: continue\n  - prompt: c\n");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  Cli.Run run(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", file.toString(), "--api-url", api.url(), "--poll", "PT0.01S"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void watchShowsEveryShotAsItMovesAndEndsWithTheFilmAndContactSheet() {
    ObjectNode ready = Fixtures.finished("pf-1", 3);
    ready.put("status", "FILM_READY").put("workflowState", "RUNNING").put("filmVersion", 1).put("shotsDone", 3).put("shotsTotal", 3);
    api.on("POST /v1/storyboards", json(202, CREATED))
        .on("GET /v1/storyboards/pf-1",
            json(200, Fixtures.storyboard("pf-1", "GENERATING", "RUNNING", "GENERATING:40", "PENDING:0", "GENERATING:10").toString()),
            json(200, Fixtures.storyboard("pf-1", "GENERATING", "RUNNING", "SUCCEEDED:100", "GENERATING:50", "SUCCEEDED:100").toString()),
            json(200, Fixtures.storyboard("pf-1", "STITCHING", "RUNNING", "SUCCEEDED:100", "SUCCEEDED:100", "SUCCEEDED:100").toString()),
            json(200, ready.toString()));
    Cli.Run r = run("--watch", "--id", "pf-1");
    assertEquals(0, r.exit(), r.out() + r.err());

    FakeApi.Received post = api.received("POST /v1/storyboards").get(0);
    assertEquals("id=pf-1", post.query());
    assertEquals("application/yaml", post.contentType());
    assertTrue(post.body().startsWith("title: Product film"), post.body());

    String out = r.out();
    assertTrue(out.contains("Storyboard pf-1 started: 3 shots from " + file), out);
    assertTrue(out.contains("Status: http://runner.example/v1/storyboards/pf-1"), out);
    assertTrue(out.contains("shot  1 [########............]  40% GENERATING"), out);
    assertTrue(out.contains("shot  2 [##########..........]  50% GENERATING"), out);
    assertTrue(out.contains("Storyboard pf-1 \"Product film\" · STITCHING · 3/3 shots done · cost so far 1.50"), out);
    assertTrue(out.contains("Film: /data/storyboards/pf-1/film.mp4 (123456 bytes, 15.00 s)"), out);
    assertTrue(out.contains("Contact sheet: /data/storyboards/pf-1/contact-sheet.jpg"), out);
    assertEquals(1, count(out, "shot  3 [####################] 100% SUCCEEDED"),
        "off a terminal a shot is printed again only when it changes: " + out);
  }

  @Test
  void withoutWatchOnlyTheStoryboardsStatusChangesArePrinted() {
    ObjectNode ready = Fixtures.finished("pf-1", 1);
    ready.put("status", "FILM_READY").put("filmVersion", 1);
    api.on("POST /v1/storyboards", json(202, CREATED))
        .on("GET /v1/storyboards/pf-1",
            json(200, Fixtures.storyboard("pf-1", "GENERATING", "RUNNING", "GENERATING:40").toString()),
            json(200, ready.toString()));
    Cli.Run r = run("--id", "pf-1");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("Storyboard pf-1: GENERATING"), r.out());
    assertTrue(r.out().contains("Film: /data/storyboards/pf-1/film.mp4"), r.out());
    assertTrue(!r.out().contains("shot  1 ["), "no shot lines without --watch: " + r.out());
  }

  @Test
  void aRefusedStoryboardExits2NamingEachField() {
    api.on("POST /v1/storyboards", json(400, "{\"error\":\"invalid_request\",\"message\":\"invalid request: 1 field is invalid (shots[1].continuity)\","
        + "\"fields\":[{\"field\":\"shots[1].continuity\",\"message\":\"shot 2: continuity must be continue or cut, not 'sideways'\",\"allowed\":[\"continue\",\"cut\"]}]}"));
    Cli.Run r = run();
    assertEquals(ExitCodes.REFUSED, r.exit(), r.out());
    assertTrue(r.err().contains("Storyboard refused (HTTP 400)"), r.err());
    assertTrue(r.err().contains("shots[1].continuity: shot 2: continuity must be continue or cut, not 'sideways' (allowed: continue, cut)"), r.err());
  }

  @Test
  void aFailedStoryboardExits1WithTheReasonAndTheFailedShot() {
    ObjectNode failed = Fixtures.storyboard("pf-1", "FAILED", "FAILED", "SUCCEEDED:100", "FAILED:0");
    ((ObjectNode) failed.path("shots").get(1)).put("lastError", "content_moderation: the prompt was refused");
    failed.putObject("failure").put("type", "StoryboardFailed").put("message", "shot 2 failed after 2 takes")
        .put("summary", "failed: shot 2 failed after 2 takes");
    api.on("POST /v1/storyboards", json(202, CREATED)).on("GET /v1/storyboards/pf-1", json(200, failed.toString()));
    Cli.Run r = run("--id", "pf-1", "--watch");
    assertEquals(ExitCodes.FAILED, r.exit(), r.out());
    assertTrue(r.out().contains("Storyboard pf-1 ended FAILED: shot 2 failed after 2 takes"), r.out());
    assertTrue(r.out().contains("  shot 2 FAILED: content_moderation: the prompt was refused"), r.out());
  }

  @Test
  void aPartialFilmExits0AndSaysWhatIsMissing() {
    ObjectNode partial = Fixtures.finished("pf-1", 2);
    partial.put("status", "FILM_READY").put("partial", true).put("filmVersion", 1);
    ((ObjectNode) partial.path("shots").get(1)).put("phase", "FAILED").put("lastError", "provider failed");
    api.on("POST /v1/storyboards", json(202, CREATED)).on("GET /v1/storyboards/pf-1", json(200, partial.toString()));
    Cli.Run r = run("--id", "pf-1");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("The film is partial"), r.out());
    assertTrue(r.out().contains("  shot 2 FAILED: provider failed"), r.out());
  }

  @Test
  void detachSubmitsAndExitsButNeedsARunningRunner() {
    api.on("POST /v1/storyboards", json(202, CREATED));
    Cli.Run r = run("--id", "pf-1", "--detach");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("seedance status pf-1"), r.out());
    assertEquals(0, api.received("GET /v1/storyboards/pf-1").size());

    Cli.Run local = Cli.run("run", file.toString(), "--detach");
    assertEquals(ExitCodes.REFUSED, local.exit());
    assertTrue(local.err().contains("--detach needs a running runner"), local.err());
  }

  @Test
  void theDefaultIdIsTheFileNameAndSixHexDigits() {
    String id = RunCommand.defaultId(Path.of("examples/Product Film.v2.yaml"));
    assertTrue(id.matches("product-film\\.v2-[0-9a-f]{6}"), id);
    assertEquals("application/yaml", RunCommand.contentType(Path.of("a.yml")));
    assertEquals("application/json", RunCommand.contentType(Path.of("a.JSON")));
  }

  @Test
  void reshootSendsTheChangesAndWatchWaitsForTheNextFilm() {
    ObjectNode v1 = Fixtures.finished("pf-1", 4);
    v1.put("status", "FILM_READY").put("workflowState", "RUNNING").put("filmVersion", 1);
    ObjectNode v2 = v1.deepCopy().put("filmVersion", 2);
    ((ObjectNode) v2.path("film")).put("path", "/data/storyboards/pf-1/film-v2.mp4");
    api.on("GET /v1/storyboards/pf-1", json(200, v1.toString()), json(200, v1.toString()),
            json(200, Fixtures.storyboard("pf-1", "GENERATING", "RUNNING", "SUCCEEDED:100", "SUCCEEDED:100", "SUCCEEDED:100",
                "GENERATING:30").toString()),
            json(200, v2.toString()))
        .on("POST /v1/storyboards/pf-1/shots/4/reshoot",
            json(202, "{\"storyboardId\":\"pf-1\",\"shot\":{\"shot\":4,\"phase\":\"PENDING\",\"take\":1}}"));
    Cli.Run r = Cli.run("reshoot", "pf-1", "4", "--prompt", "She smiles at the camera", "--duration", "5", "--watch",
        "--api-url", api.url(), "--poll", "PT0.01S");
    assertEquals(0, r.exit(), r.out() + r.err());
    FakeApi.Received post = api.received("POST /v1/storyboards/pf-1/shots/4/reshoot").get(0);
    assertEquals("{\"prompt\":\"She smiles at the camera\",\"durationSeconds\":5}", post.body());
    assertTrue(r.out().contains("Shot 4 of storyboard pf-1: take 2 scheduled (changed: prompt, durationSeconds)"), r.out());
    assertTrue(r.out().contains("Film: /data/storyboards/pf-1/film-v2.mp4"), "waited for film version 2: " + r.out());
  }

  @Test
  void aRefusedReshootExits2WithTheApisReason() {
    api.on("GET /v1/storyboards/pf-1", json(200, Fixtures.storyboard("pf-1", "GENERATING", "RUNNING", "GENERATING:10").toString()))
        .on("POST /v1/storyboards/pf-1/shots/1/reshoot", json(409, "{\"error\":\"reshoot_not_possible\","
            + "\"message\":\"shot 1 is still generating; reshoot it once it has settled\"}"));
    Cli.Run r = Cli.run("reshoot", "pf-1", "1", "--api-url", api.url());
    assertEquals(ExitCodes.REFUSED, r.exit());
    assertTrue(r.err().contains("Refused (HTTP 409): shot 1 is still generating"), r.err());
    assertEquals("{}", api.received("POST /v1/storyboards/pf-1/shots/1/reshoot").get(0).body());
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }
}
