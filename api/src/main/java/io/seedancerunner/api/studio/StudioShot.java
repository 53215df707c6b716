package io.seedancerunner.api.studio;

import io.seedancerunner.api.storyboards.ShotView;
import java.util.Locale;
import java.util.Set;

/**
 * One shot card of the studio's storyboard page.
 *
 * @param shot     the storyboard's view of the shot
 * @param costUsd  its cost in USD for display ({@code 0.42}), or {@code "-"} when unknown
 * @param eta      a rough time left while the shot runs ({@code "about 40 s"}), else empty
 * @param error    the last error in plain words, else null
 * @param running  whether the shot is still to finish
 * @param hasClip  whether the shot has a clip to play
 */
public record StudioShot(ShotView shot, String costUsd, String eta, String error, boolean running, boolean hasClip) {

  /** @return what the card shows that can change: phase, take, progress and error; equal states render alike */
  public String state() {
    return shot.phase() + "." + shot.take() + "." + shot.progressPercent() + "." + (error == null ? 0 : error.hashCode());
  }

  private static final Set<String> UNFINISHED = Set.of("PENDING", "PREPARING", "GENERATING");

  /**
   * @param s              the shot
   * @param elapsedSeconds seconds since the storyboard started, for the ETA
   * @return the card
   */
  public static StudioShot of(ShotView s, long elapsedSeconds) {
    boolean running = UNFINISHED.contains(s.phase());
    String eta = "";
    if (running && s.progressPercent() > 0 && s.progressPercent() < 100) {
      long left = elapsedSeconds * (100 - s.progressPercent()) / s.progressPercent();
      eta = "about " + left + " s";
    }
    return new StudioShot(s, usd(s.costUsd()), eta, plain(s), running, s.file() != null);
  }

  /** @return a USD figure with two to six decimals, or "-" for none */
  static String usd(Double usd) {
    return usd == null ? "-" : String.format(Locale.ROOT, "%.2f", usd);
  }

  /** The last error without Java class names or stack detail: its first line, at most 300 characters. */
  private static String plain(ShotView s) {
    String e = s.lastError();
    if (e == null && s.generation() != null) {
      e = s.generation().lastError();
    }
    if (e == null || e.isBlank()) {
      return null;
    }
    String line = e.lines().findFirst().orElse(e).replaceAll("\\b([a-z]+\\.)+[A-Z][A-Za-z]*(Exception|Error|Failure): ?", "");
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }
}
