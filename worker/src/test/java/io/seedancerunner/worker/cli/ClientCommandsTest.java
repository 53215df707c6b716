package io.seedancerunner.worker.cli;

import static io.seedancerunner.worker.cli.FakeApi.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.worker.temporal.TemporalTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status}, {@code cancel} and {@code download} against a fake API, storyboards and clips. */
class ClientCommandsTest {

  FakeApi api;

  @TempDir
  Path dir;

  @BeforeEach
  void start() throws Exception {
    api = new FakeApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void statusOfARunningStoryboardShowsEveryShotWithBarPhaseAndCost() {
    api.on("GET /v1/storyboards/sb-1", json(200, Fixtures.storyboard("sb-1", "RUNNING", "RUNNING",
        "SUCCEEDED:100", "WAITING:40", "QUEUED:0").toString()));
    Cli.Run run = Cli.run("status", "sb-1", "--api-url", api.url());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Storyboard sb-1 \"Product film\" · RUNNING · 1/3 shots done · cost so far 0.50"), run.out());
    assertTrue(run.out().contains("shot  1 [####################] 100% SUCCEEDED"), run.out());
    assertTrue(run.out().contains("/data/videos/sb-1/shot-1/clip.mp4"), run.out());
    assertTrue(run.out().contains("shot  2 [########............]  40% WAITING        continue"), run.out());
    assertTrue(run.out().contains("shot  3 [....................]   0% QUEUED"), run.out());
    assertFalse(run.out().contains("Film:"), "no film while running: " + run.out());
  }

  @Test
  void statusOfAFinishedStoryboardNamesTheFilmAndContactSheet() {
    api.on("GET /v1/storyboards/sb-2", json(200, Fixtures.finished("sb-2", 2).toString()));
    Cli.Run run = Cli.run("status", "sb-2", "--api-url", api.url());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Film: /data/storyboards/sb-2/film.mp4 (123456 bytes, 10.00 s)"), run.out());
    assertTrue(run.out().contains("Contact sheet: /data/storyboards/sb-2/contact-sheet.jpg"), run.out());
  }

  @Test
  void statusFallsBackToTheClipEndpointWithTheShotIdEncoded() {
    api.on("GET /v1/generations/sb-1%2Fshot-4", json(200, Fixtures.clip("sb-1/shot-4").toString()));
    Cli.Run run = Cli.run("status", "sb-1/shot-4", "--api-url", api.url());
    assertEquals(0, run.exit(), run.err());
    assertEquals(1, api.received("GET /v1/storyboards/sb-1%2Fshot-4").size(), "asked the storyboard endpoint first");
    assertTrue(run.out().contains("100% SUCCEEDED · task task-9"), run.out());
    assertTrue(run.out().contains("Done: /data/videos/sb-1/shot-4/clip.mp4 (2048 bytes, 5.00 s, 1280x720"), run.out());
  }

  @Test
  void statusJsonPrintsTheAnswerAsItIs() throws Exception {
    api.on("GET /v1/storyboards/sb-3", json(200, Fixtures.finished("sb-3", 1).toString()));
    Cli.Run run = Cli.run("status", "--json", "sb-3", "--api-url", api.url());
    assertEquals(0, run.exit(), run.err());
    assertEquals(Fixtures.finished("sb-3", 1), Fixtures.JSON.readTree(run.out()));
  }

  @Test
  void unknownIdIsRefusedWithExitCode2() {
    Cli.Run run = Cli.run("status", "nope", "--api-url", api.url());
    assertEquals(ExitCodes.REFUSED, run.exit());
    assertTrue(run.err().contains("no storyboard or clip job with id 'nope'"), run.err());
  }

  @Test
  void noRunnerListeningIsExitCode3WithAHint() throws Exception {
    String nobody = "http://127.0.0.1:" + TemporalTarget.freePort();
    Cli.Run run = Cli.run("status", "sb-1", "--api-url", nobody);
    assertEquals(ExitCodes.UNREACHABLE, run.exit());
    assertTrue(run.err().contains("no Seedance Runner answers at " + nobody), run.err());
    assertTrue(run.err().contains("./seedance serve"), run.err());
  }

  @Test
  void cancelPostsToTheStoryboardAndReportsAConflictReadably() {
    api.on("GET /v1/storyboards/sb-4", json(200, Fixtures.storyboard("sb-4", "RUNNING", "RUNNING", "WAITING:10").toString()))
        .on("POST /v1/storyboards/sb-4/cancel", json(202, "{\"storyboardId\":\"sb-4\",\"status\":\"CANCEL_REQUESTED\"}"),
            json(409, "{\"error\":\"already_finished\",\"message\":\"storyboard sb-4 already finished (CANCELED)\"}"));
    Cli.Run first = Cli.run("cancel", "sb-4", "--api-url", api.url());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("Cancel requested for storyboard sb-4"), first.out());
    Cli.Run second = Cli.run("cancel", "sb-4", "--api-url", api.url());
    assertEquals(ExitCodes.REFUSED, second.exit());
    assertTrue(second.err().contains("Refused (HTTP 409): storyboard sb-4 already finished (CANCELED)"), second.err());
  }

  @Test
  void cancelOfAClipJobUsesTheGenerationsEndpoint() {
    api.on("GET /v1/generations/gen-1", json(200, "{\"jobId\":\"gen-1\",\"status\":\"WAITING\",\"workflowState\":\"RUNNING\"}"))
        .on("POST /v1/generations/gen-1/cancel", json(202, "{\"jobId\":\"gen-1\",\"status\":\"CANCEL_REQUESTED\"}"));
    Cli.Run run = Cli.run("cancel", "gen-1", "--api-url", api.url());
    assertEquals(0, run.exit(), run.err());
    assertEquals(1, api.received("POST /v1/generations/gen-1/cancel").size());
    assertTrue(run.out().contains("Cancel requested for clip job gen-1"), run.out());
  }

  @Test
  void downloadWritesTheFilmAndTheContactSheet() throws Exception {
    byte[] film = {0, 0, 0, 24, 'f', 't', 'y', 'p', 1, 2, 3};
    byte[] sheet = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 9};
    api.on("GET /v1/storyboards/sb-5", json(200, Fixtures.finished("sb-5", 6).toString()))
        .on("GET /v1/storyboards/sb-5/film", new FakeApi.Reply(200, "video/mp4", film))
        .on("GET /v1/storyboards/sb-5/contact-sheet", new FakeApi.Reply(200, "image/jpeg", sheet));
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("download", "sb-5", "-o", out.toString(), "--api-url", api.url());
    assertEquals(0, run.exit(), run.err());
    assertArrayEquals(film, Files.readAllBytes(out.resolve("sb-5.mp4")));
    assertArrayEquals(sheet, Files.readAllBytes(out.resolve("sb-5-contact-sheet.jpg")));
    assertTrue(run.out().contains("Film: " + out.resolve("sb-5.mp4").toAbsolutePath()), run.out());
    assertTrue(run.out().contains("Contact sheet: " + out.resolve("sb-5-contact-sheet.jpg").toAbsolutePath()), run.out());
  }

  @Test
  void downloadOfARunningStoryboardIsRefusedAndLeavesNoFile() throws Exception {
    api.on("GET /v1/storyboards/sb-6", json(200, Fixtures.storyboard("sb-6", "RUNNING", "RUNNING", "WAITING:10").toString()))
        .on("GET /v1/storyboards/sb-6/film", json(409, "{\"error\":\"not_finished\",\"message\":\"storyboard sb-6 is RUNNING\"}"));
    Cli.Run run = Cli.run("download", "sb-6", "-o", dir.toString(), "--api-url", api.url());
    assertEquals(ExitCodes.REFUSED, run.exit());
    assertTrue(run.err().contains("storyboard sb-6 is RUNNING"), run.err());
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "neither a film nor a .part file");
    }
  }

  @Test
  void downloadOfAClipNamesItAfterTheJobId() throws Exception {
    byte[] clip = {0, 0, 0, 24, 'f', 't', 'y', 'p'};
    api.on("GET /v1/generations/sb-1%2Fshot-2", json(200, Fixtures.clip("sb-1/shot-2").toString()))
        .on("GET /v1/generations/sb-1%2Fshot-2/video", new FakeApi.Reply(200, "video/mp4", clip));
    Cli.Run run = Cli.run("download", "sb-1/shot-2", "-o", dir.toString(), "--api-url", api.url());
    assertEquals(0, run.exit(), run.err());
    assertArrayEquals(clip, Files.readAllBytes(dir.resolve("sb-1_shot-2.mp4")));
  }
}
