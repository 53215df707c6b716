package io.seedancerunner.worker.cli.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import picocli.CommandLine.Help.Ansi;

/**
 * Live progress of a storyboard, one line per shot under a header line, from successive answers
 * of {@code GET /v1/storyboards/{id}}.
 *
 * <p>On a terminal ({@code live}) the block is redrawn in place with ANSI cursor movement (the
 * phases coloured through picocli's {@link Ansi}, each line cut to the terminal's width so that
 * none wraps); otherwise (a pipe, a CI log, or a block taller than the terminal) it prints one
 * line each time the header or a shot changes, progress counted in steps of 10% so that a log
 * stays short.
 */
public final class StoryboardBoard {

  private final PrintWriter out;
  private final boolean live;
  private final TerminalSize size;
  private final Eta eta;
  private final Map<String, String> printedKeys = new HashMap<>();
  private int drawnLines;

  /**
   * @param out   where to draw
   * @param live  redraw in place (a terminal) rather than print a line per change
   * @param nanos the clock for ETA estimates ({@code System::nanoTime})
   */
  public StoryboardBoard(PrintWriter out, boolean live, LongSupplier nanos) {
    this(out, live, nanos, live ? TerminalSize.detect() : TerminalSize.UNKNOWN);
  }

  /**
   * @param out   where to draw
   * @param live  redraw in place rather than print a line per change
   * @param nanos the clock for ETA estimates
   * @param size  the terminal's size: live lines are cut to its width, and a block taller than
   *              it is printed a line per change instead
   */
  public StoryboardBoard(PrintWriter out, boolean live, LongSupplier nanos, TerminalSize size) {
    this.out = out;
    this.live = live;
    this.size = size;
    this.eta = new Eta(nanos);
  }

  /** @return true when standard output is a terminal that takes ANSI sequences */
  public static boolean terminal() {
    return Ansi.AUTO.enabled();
  }

  /** @param status one answer of {@code GET /v1/storyboards/{id}} */
  public void show(JsonNode status) {
    List<JsonNode> shots = new ArrayList<>();
    status.path("shots").forEach(shots::add);
    Long boardEta = status.hasNonNull("etaSeconds") ? Long.valueOf(status.path("etaSeconds").asLong()) : null;
    List<String> rows = new ArrayList<>();
    long worst = -1;
    boolean unknown = false;
    for (JsonNode shot : shots) {
      Long left = shot.hasNonNull("etaSeconds") ? Long.valueOf(shot.path("etaSeconds").asLong())
          : eta.secondsLeft(shot.path("jobId").asText(shot.path("shot").asText()), ShotRow.percent(shot));
      String phase = shot.path("phase").asText();
      if (!ShotRow.terminal(phase)) {
        if (left == null) {
          unknown = true;
        } else {
          worst = Math.max(worst, left);
        }
      }
      rows.add(ShotRow.of(shot, left));
    }
    if (boardEta == null && !unknown && worst >= 0) {
      boardEta = worst;
    }
    String header = header(status, shots, boardEta);
    if (live && size.holds(rows.size() + 1)) {
      redraw(header, rows);
    } else {
      printChanges(status, header, shots, rows);
    }
    out.flush();
  }

  /** Leaves the last drawing on screen; later output starts below it. */
  public void finish() {
    drawnLines = 0;
    out.flush();
  }

  private void redraw(String header, List<String> rows) {
    if (drawnLines > 0) {
      out.print("\033[" + drawnLines + "F\033[J");
    }
    out.println(size.fit(header));
    for (String row : rows) {
      out.println(colour(size.fit(row)));
    }
    drawnLines = rows.size() + 1;
  }

  private void printChanges(JsonNode status, String header, List<JsonNode> shots, List<String> rows) {
    String headerKey = status.path("status").asText() + "|" + done(shots);
    if (!headerKey.equals(printedKeys.put("header", headerKey))) {
      out.println(header);
    }
    for (int i = 0; i < shots.size(); i++) {
      String key = ShotRow.changeKey(shots.get(i));
      if (!key.equals(printedKeys.put("shot-" + shots.get(i).path("shot").asText(), key))) {
        out.println(rows.get(i));
      }
    }
  }

  static String header(JsonNode status, List<JsonNode> shots, Long eta) {
    StringBuilder b = new StringBuilder("Storyboard ").append(status.path("storyboardId").asText());
    if (status.hasNonNull("title")) {
      b.append(" \"").append(status.path("title").asText()).append('"');
    }
    b.append(" · ").append(status.path("status").asText("?"))
        .append(" · ").append(done(shots)).append('/').append(shots.size()).append(" shots done");
    if (status.hasNonNull("costUsd") || status.hasNonNull("cost")) {
      b.append(" · cost so far ").append(ShotRow.cost(status));
    }
    if (eta != null && !ShotRow.terminal(status.path("status").asText())) {
      b.append(" · ETA ").append(ShotRow.clock(eta));
    }
    return b.toString();
  }

  private static long done(List<JsonNode> shots) {
    return shots.stream().filter(s -> "SUCCEEDED".equals(s.path("phase").asText())).count();
  }

  private static String colour(String row) {
    for (String[] p : new String[][] {{"SUCCEEDED", "green"}, {"FAILED", "red"}, {"CANCELLED", "yellow"},
        {"TIMED_OUT", "red"}, {"UNKNOWN_SUBMIT", "yellow"}}) {
      int at = row.indexOf(" " + p[0] + " ");
      if (at >= 0 || row.endsWith(" " + p[0])) {
        return row.replaceFirst(" " + p[0], " " + Ansi.ON.string("@|" + p[1] + " " + p[0] + "|@"));
      }
    }
    return row;
  }
}
