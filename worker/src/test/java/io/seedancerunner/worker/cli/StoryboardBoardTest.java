package io.seedancerunner.worker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.worker.cli.watch.StoryboardBoard;
import io.seedancerunner.worker.cli.watch.TerminalSize;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The live board: redraw on a terminal, a line per change elsewhere, ETA by extrapolation. */
class StoryboardBoardTest {

  final StringWriter text = new StringWriter();
  final AtomicLong clock = new AtomicLong();

  StoryboardBoard board(boolean live) {
    return new StoryboardBoard(new PrintWriter(text), live, clock::get);
  }

  @Test
  void onATerminalTheBlockIsRedrawnInPlace() {
    StoryboardBoard b = board(true);
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:10", "PENDING:0"));
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:20", "PENDING:0"));
    String out = text.toString();
    assertTrue(out.contains("\033[3F\033[J"), "moves up over header and two shots, clears below: " + out);
    assertEquals(1, out.split("\033\\[3F", -1).length - 1, "one redraw for the second show");
  }

  @Test
  void offATerminalOnlyChangesArePrintedInStepsOfTenPercent() {
    StoryboardBoard b = board(false);
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:10", "PENDING:0"));
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:14", "PENDING:0"));
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:21", "PENDING:0"));
    String[] lines = text.toString().split("\n");
    assertEquals(4, lines.length, text.toString());
    assertTrue(lines[0].startsWith("Storyboard sb"), lines[0]);
    assertTrue(lines[1].contains(" 10% GENERATING"), lines[1]);
    assertTrue(lines[2].contains("PENDING"), lines[2]);
    assertTrue(lines[3].contains(" 21% GENERATING"), lines[3]);
  }

  @Test
  void etaExtrapolatesEachShotsProgressAndTheHeaderTakesTheLongest() {
    StoryboardBoard b = board(false);
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:10", "GENERATING:50"));
    clock.addAndGet(10_000_000_000L);
    text.getBuffer().setLength(0);
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:30", "GENERATING:60"));
    String out = text.toString();
    // shot 1: 20% in 10 s, 70% left: 35 s; shot 2: 10% in 10 s, 40% left: 40 s
    assertTrue(out.contains("30% GENERATING     cut       5 s · ETA 0:35"), out);
    assertTrue(out.contains("60% GENERATING     continue  5 s · ETA 0:40"), out);
  }

  @Test
  void aGeneratingShotShowsItsClipJobsPhaseAndALaterTake() {
    com.fasterxml.jackson.databind.node.ObjectNode s = Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:50");
    ((com.fasterxml.jackson.databind.node.ObjectNode) s.path("shots").get(0)).put("take", 2)
        .putObject("generation").put("status", "DOWNLOADING");
    board(false).show(s);
    assertTrue(text.toString().contains("50% DOWNLOADING    cut       5 s · take 2"), text.toString());
    ((com.fasterxml.jackson.databind.node.ObjectNode) s.path("shots").get(0).path("generation")).put("status", "SUCCEEDED");
    board(false).show(s);
    assertTrue(text.toString().contains("50% GENERATING     cut       5 s · take 2"),
        "a clip job that has ended is still the storyboard's GENERATING shot: " + text);
  }

  @Test
  void liveLinesAreCutToTheTerminalsWidthSoThatNoneWraps() {
    StoryboardBoard b = new StoryboardBoard(new PrintWriter(text), true, clock::get, new TerminalSize(40, 24));
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:10", "PENDING:0"));
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:20", "PENDING:0"));
    for (String line : text.toString().replaceAll("\033\\[[0-9;]*[A-Za-z]", "").split("\n")) {
      assertTrue(line.codePointCount(0, line.length()) < 40, "'" + line + "'");
    }
    assertTrue(text.toString().contains("…"), text.toString());
  }

  @Test
  void aBlockTallerThanTheTerminalIsPrintedALinePerChange() {
    StoryboardBoard b = new StoryboardBoard(new PrintWriter(text), true, clock::get, new TerminalSize(200, 3));
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:10", "PENDING:0", "PENDING:0"));
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:20", "PENDING:0", "PENDING:0"));
    assertTrue(!text.toString().contains("\033["), "no cursor movement: " + text);
    assertEquals(5, text.toString().split("\n").length, text.toString());
  }

  @Test
  void theHeaderEtaIsLeftOutWhileAShotHasNoEstimate() {
    StoryboardBoard b = board(true);
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:10", "PENDING:0"));
    clock.addAndGet(5_000_000_000L);
    b.show(Fixtures.storyboard("sb", "GENERATING", "RUNNING", "GENERATING:20", "PENDING:0"));
    String last = text.toString().substring(text.toString().lastIndexOf("Storyboard sb"));
    String header = last.substring(0, last.indexOf('\n'));
    assertTrue(!header.contains("ETA"), header);
    assertTrue(last.contains("20% GENERATING     cut       5 s · ETA 0:40"), last);
  }
}
