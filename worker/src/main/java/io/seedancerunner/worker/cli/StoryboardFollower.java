package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.worker.cli.remote.ApiAnswer;
import io.seedancerunner.worker.cli.remote.ApiRefused;
import io.seedancerunner.worker.cli.remote.JobRef;
import io.seedancerunner.worker.cli.remote.RunnerApi;
import io.seedancerunner.worker.cli.watch.StoryboardBoard;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Follows a storyboard through {@code GET /v1/storyboards/{id}} until its film is ready or it
 * ends without one, showing its shots on a {@link StoryboardBoard} ({@code --watch}) or only its
 * status changes, then prints the film and contact sheet paths or the reason.
 */
final class StoryboardFollower {

  private final RunnerApi api;
  private final PrintWriter out;
  private final boolean watch;
  private final boolean live;
  private final Duration poll;

  /**
   * @param api   the runner
   * @param out   where to print
   * @param watch show every shot (else one line per storyboard status change)
   * @param live  redraw in place (a terminal) rather than print a line per change
   * @param poll  time between status reads
   */
  StoryboardFollower(RunnerApi api, PrintWriter out, boolean watch, boolean live, Duration poll) {
    this.api = api;
    this.out = out;
    this.watch = watch;
    this.live = live;
    this.poll = poll;
  }

  /**
   * @param id             the storyboard id
   * @param timeout        give up after this long (the storyboard goes on)
   * @param minFilmVersion the film counts as ready once its {@code filmVersion} reaches this (1
   *                       for a new storyboard; one more than before for a reshoot)
   * @return {@link ExitCodes#OK} with a film, {@link ExitCodes#FAILED} when the storyboard ended
   *     without one or the wait timed out
   * @throws InterruptedException when interrupted
   */
  int follow(String id, Duration timeout, int minFilmVersion) throws InterruptedException {
    StoryboardBoard board = new StoryboardBoard(out, live, System::nanoTime);
    long until = System.nanoTime() + timeout.toNanos();
    String lastLine = "";
    while (true) {
      ApiAnswer a = api.get(JobRef.Kind.STORYBOARD.path(id));
      if (!a.ok()) {
        throw new ApiRefused(a);
      }
      JsonNode s = a.json();
      if (watch) {
        board.show(s);
      } else {
        String line = "Storyboard " + id + ": " + s.path("status").asText() + " · " + s.path("shotsDone").asInt()
            + "/" + s.path("shotsTotal").asInt() + " shots done";
        if (!line.equals(lastLine)) {
          out.println(line);
          out.flush();
          lastLine = line;
        }
      }
      if (filmReady(s, minFilmVersion)) {
        board.finish();
        Outcome.print(out, s);
        partialNote(s);
        out.flush();
        return ExitCodes.OK;
      }
      if (ended(s)) {
        board.finish();
        Outcome.print(out, s);
        failedShots(s);
        out.flush();
        return ExitCodes.FAILED;
      }
      if (System.nanoTime() > until) {
        out.println("Gave up waiting after " + timeout + "; storyboard " + id
            + " goes on (`seedance status " + id + "`).");
        out.flush();
        return ExitCodes.FAILED;
      }
      Thread.sleep(poll.toMillis());
    }
  }

  /** @return true when a film of at least that version is ready to download */
  static boolean filmReady(JsonNode s, int minFilmVersion) {
    String status = s.path("status").asText();
    return (status.equals("FILM_READY") || status.equals("COMPLETED")) && s.path("film").hasNonNull("path")
        && s.path("filmVersion").asInt(1) >= minFilmVersion;
  }

  /** @return true when the storyboard ended without (a new) film */
  static boolean ended(JsonNode s) {
    return switch (s.path("status").asText()) {
      case "FAILED", "CANCELLED", "TIMED_OUT" -> true;
      default -> !s.path("workflowState").asText("RUNNING").equals("RUNNING");
    };
  }

  private void partialNote(JsonNode s) {
    if (s.path("partial").asBoolean()) {
      out.println("The film is partial: it leaves out the shots that failed or were skipped.");
      failedShots(s);
    }
  }

  private void failedShots(JsonNode s) {
    for (JsonNode shot : s.path("shots")) {
      String phase = shot.path("phase").asText();
      if (phase.equals("FAILED") || phase.equals("SKIPPED")) {
        out.println("  shot " + shot.path("shot").asInt() + " " + phase
            + (shot.hasNonNull("lastError") ? ": " + shot.path("lastError").asText() : ""));
      }
    }
  }
}
