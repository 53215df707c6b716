package io.seedancerunner.api.storyboards;

import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.Storyboard;
import java.nio.charset.StandardCharsets;

/**
 * What Temporal UI shows for a storyboard: a one-line static summary built from the storyboard,
 * which holds no secrets.
 */
final class StoryboardMetadata {

  /** Temporal's limit on a static summary, in UTF-8 bytes. */
  static final int MAX_SUMMARY_BYTES = 200;

  private StoryboardMetadata() {}

  /**
   * @return for example {@code 6 shots · 30 s · sim-open-api · 'Product film'}, at most
   *     {@value #MAX_SUMMARY_BYTES} UTF-8 bytes (the title is cut at a code point to fit)
   */
  static String summary(Storyboard s) {
    int seconds = s.shots().stream().mapToInt(shot -> seconds(shot, s)).sum();
    String head = s.shots().size() + " shots · " + seconds + " s · " + s.defaults().provider() + " · '";
    String title = s.title() == null ? "" : s.title().strip().replaceAll("\\s+", " ");
    int[] cps = title.codePoints().toArray();
    for (int n = cps.length; n >= 0; n--) {
      String candidate = head + new String(cps, 0, n) + (n < cps.length ? "…'" : "'");
      if (candidate.getBytes(StandardCharsets.UTF_8).length <= MAX_SUMMARY_BYTES) {
        return candidate;
      }
    }
    return head.substring(0, Math.min(head.length(), MAX_SUMMARY_BYTES / 4));
  }

  private static int seconds(Shot shot, Storyboard s) {
    return shot.durationSeconds() != null ? shot.durationSeconds() : s.defaults().durationSeconds();
  }
}
