package io.seedancerunner.worker.cli.watch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The terminal's size in character cells, asked once from {@code stty size} on {@code /dev/tty}
 * (POSIX); {@link #UNKNOWN} where that fails (no terminal, Windows). The live board needs it
 * because a line wider than the terminal wraps onto two rows, and a block taller than the
 * terminal scrolls: either breaks redrawing in place.
 *
 * @param columns cells per line, or 0 when unknown
 * @param rows    lines, or 0 when unknown
 */
public record TerminalSize(int columns, int rows) {

  /** Nothing known: lines are not cut, and any height is taken. */
  public static final TerminalSize UNKNOWN = new TerminalSize(0, 0);

  /** @return the size of the controlling terminal, or {@link #UNKNOWN} */
  public static TerminalSize detect() {
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return UNKNOWN;
      }
      String[] parts = out.split("\\s+");
      return parts.length == 2 ? new TerminalSize(Integer.parseInt(parts[1]), Integer.parseInt(parts[0])) : UNKNOWN;
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return UNKNOWN;
    }
  }

  /** @return the line cut to fit one row (one cell short, so the cursor never wraps) */
  String fit(String line) {
    if (columns <= 1 || line.codePointCount(0, line.length()) < columns) {
      return line;
    }
    int end = line.offsetByCodePoints(0, columns - 2);
    return line.substring(0, end) + "…";
  }

  /** @return true when a block of that many lines can be redrawn in place */
  boolean holds(int lines) {
    return rows <= 0 || lines < rows;
  }
}
