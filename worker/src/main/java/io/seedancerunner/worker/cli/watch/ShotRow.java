package io.seedancerunner.worker.cli.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One shot of a storyboard as one line of text, from an entry of {@code shots[]} in
 * {@code GET /v1/storyboards/{id}}: number, a 20-cell progress bar, percent, phase, continuity,
 * requested seconds, ETA, cost so far, the take after a reshoot or retake, the last error, and
 * the file once it exists.
 */
final class ShotRow {

  private static final int CELLS = 20;

  private ShotRow() {}

  /**
   * @param shot the shot's JSON
   * @param eta  seconds left, or null when unknown
   * @return for example {@code shot  4 [##########..........]  50% WAITING        continue  4 s · ETA 0:12}
   */
  static String of(JsonNode shot, Long eta) {
    int pct = percent(shot);
    String phase = shot.path("phase").asText("?");
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "shot %2d ", shot.path("shot").asInt()))
        .append(bar(pct)).append(String.format(Locale.ROOT, " %3d%% %-15s", pct, shown(shot)));
    if (shot.hasNonNull("continuity")) {
      b.append(String.format(Locale.ROOT, "%-8s", shot.path("continuity").asText().toLowerCase(Locale.ROOT)));
    }
    if (shot.hasNonNull("durationSeconds")) {
      b.append(String.format(Locale.ROOT, " %2d s", shot.path("durationSeconds").asInt()));
    }
    if (eta != null && !terminal(phase)) {
      b.append(" · ETA ").append(clock(eta));
    }
    if (shot.hasNonNull("costUsd") || shot.hasNonNull("cost")) {
      b.append(" · cost ").append(cost(shot));
    }
    if (shot.path("take").asInt() > 1) {
      b.append(" · take ").append(shot.path("take").asInt());
    }
    if (shot.hasNonNull("lastError") && !"SUCCEEDED".equals(phase)) {
      b.append(" · ").append(oneLine(shot.path("lastError").asText()));
    }
    if (shot.hasNonNull("file") && "SUCCEEDED".equals(phase)) {
      b.append(" · ").append(shot.path("file").asText());
    }
    return b.toString().stripTrailing();
  }

  /**
   * @return the shot's phase; while it generates, its clip job's own phase ({@code QUEUED},
   *     {@code SUBMITTING}, {@code UNKNOWN_SUBMIT}, {@code WAITING}, {@code DOWNLOADING}) when the
   *     API gives one, but not the clip job's end, which the storyboard has yet to take in
   */
  static String shown(JsonNode shot) {
    String phase = shot.path("phase").asText("?");
    String step = shot.path("generation").path("status").asText("");
    boolean live = switch (step) {
      case "QUEUED", "SUBMITTING", "UNKNOWN_SUBMIT", "WAITING", "DOWNLOADING" -> true;
      default -> false;
    };
    return phase.equals("GENERATING") && live ? step : phase;
  }

  /**
   * @return what must change for the plain (non-terminal) output to print the shot again: phase,
   *     progress in steps of 10%, cost, error, file; not the ETA, which moves every second
   */
  static String changeKey(JsonNode shot) {
    return shown(shot) + "|" + percent(shot) / 10 + "|" + cost(shot)
        + "|" + shot.path("lastError").asText() + "|" + shot.path("file").asText() + "|" + shot.path("take").asText();
  }

  static int percent(JsonNode shot) {
    return Math.max(0, Math.min(100, shot.path("progressPercent").asInt(0)));
  }

  static boolean terminal(String phase) {
    return switch (phase) {
      case "SUCCEEDED", "FAILED", "CANCELLED", "TIMED_OUT", "SKIPPED" -> true;
      default -> false;
    };
  }

  static String bar(int pct) {
    int filled = pct * CELLS / 100;
    return "[" + "#".repeat(filled) + ".".repeat(CELLS - filled) + "]";
  }

  /** @return {@code m:ss}, or {@code h:mm:ss} from an hour on */
  static String clock(long seconds) {
    long s = Math.max(0, seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** @return the amount with two decimals; its unit is the provider's (credits or USD) */
  /**
   * @param node a shot or a storyboard view
   * @return its cost: {@code $1.50} from {@code costUsd} when the tenant's ledger booked it, else
   *     {@code cost} in the provider's unit; empty when neither is known
   */
  static String cost(JsonNode node) {
    if (node.hasNonNull("costUsd")) {
      return String.format(Locale.ROOT, "$%.2f", node.path("costUsd").asDouble());
    }
    return node.hasNonNull("cost") ? money(node.path("cost").asDouble()) : "";
  }

  static String money(double amount) {
    return String.format(Locale.ROOT, "%.2f", amount);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }
}
