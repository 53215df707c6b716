package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The closing lines of a finished storyboard or clip: where the film, the contact sheet or the
 * MP4 is, or why there is none; and the exit code that goes with it.
 */
final class Outcome {

  private Outcome() {}

  /**
   * Prints {@code Film: <path> (...)} and {@code Contact sheet: <path>} when they exist, and
   * {@code Failed: <reason>} for a storyboard that ended without a film.
   *
   * @param out    where to print
   * @param status the JSON of {@code GET /v1/storyboards/{id}}
   */
  static void print(PrintWriter out, JsonNode status) {
    JsonNode film = status.path("film");
    if (film.hasNonNull("path")) {
      out.printf(Locale.ROOT, "Film: %s (%d bytes, %.2f s)%n", film.path("path").asText(),
          film.path("bytes").asLong(), film.path("durationSeconds").asDouble());
    }
    if (status.path("contactSheet").hasNonNull("path")) {
      out.println("Contact sheet: " + status.path("contactSheet").path("path").asText());
    }
    if (!film.hasNonNull("path") && StatusCommand.over(status)) {
      out.println("Storyboard " + status.path("storyboardId").asText() + " ended "
          + status.path("status").asText() + ": " + ProgressLine.reason(status));
    }
  }

  /**
   * @param out    where to print
   * @param status the JSON of {@code GET /v1/generations/{id}}
   */
  static void printClip(PrintWriter out, JsonNode status) {
    JsonNode v = status.path("result").path("video");
    if (v.hasNonNull("path")) {
      out.printf(Locale.ROOT, "Done: %s (%d bytes, %.2f s, %dx%d, sha256 %s)%n", v.path("path").asText(),
          v.path("bytes").asLong(), v.path("durationSeconds").asDouble(), v.path("width").asInt(),
          v.path("height").asInt(), v.path("sha256").asText());
    } else if (StatusCommand.over(status)) {
      out.println("Job " + status.path("jobId").asText() + " ended " + status.path("status").asText()
          + ": " + ProgressLine.reason(status));
    }
  }

  /** @return {@link ExitCodes#OK} when the storyboard left a film, else {@link ExitCodes#FAILED} */
  static int exitCode(JsonNode status) {
    return status.path("film").hasNonNull("path") ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
