package io.seedancerunner.workflows.storyboard;

import java.util.Locale;

/**
 * A storyboard's current details for Temporal UI (issue 6), as Markdown: phase, shots done, cost
 * so far (USD as the tenant's ledger booked it, and the providers' unit), the film once stitched,
 * the last error, and one line per shot. Pure; safe in workflow code.
 */
final class StoryboardDetails {

  private StoryboardDetails() {}

  /**
   * @param s the storyboard's status, as its {@code status} query answers it
   * @return Markdown text, one line per shot (at most {@link Storyboard#MAX_SHOTS} lines)
   */
  static String markdown(StoryboardStatus s) {
    StringBuilder md = new StringBuilder();
    long done = s.shots().stream().filter(x -> x.phase() == ShotPhase.SUCCEEDED).count();
    md.append("**Phase** ").append(s.phase()).append(" · ").append(done).append('/').append(s.shots().size())
        .append(" shots done\n\n");
    md.append("**Cost so far** ").append(s.costUsd() == null ? "—" : String.format(Locale.ROOT, "%.2f USD", s.costUsd()))
        .append(s.cost() == null ? "" : String.format(Locale.ROOT, " · %.2f in the providers' unit", s.cost()))
        .append("\n\n");
    if (s.film() != null) {
      md.append("**Film** `").append(s.film().path()).append("` · ")
          .append(String.format(Locale.ROOT, "%.2f s", s.film().durationSeconds()))
          .append(s.partial() ? " · partial" : "").append(" · version ").append(s.filmVersion()).append("\n\n");
    }
    if (s.lastError() != null) {
      md.append("**Last error** `").append(s.lastError().replace("`", "'").replace("\n", " ")).append("`\n\n");
    }
    for (ShotStatus shot : s.shots()) {
      md.append("- shot ").append(shot.shot()).append(' ').append(shot.phase())
          .append(" · ").append(shot.continuity().name().toLowerCase(Locale.ROOT));
      if (shot.take() > 1) {
        md.append(" · take ").append(shot.take());
      }
      if (shot.phase() == ShotPhase.GENERATING) {
        md.append(" · ").append(shot.progressPercent()).append('%');
      }
      if (shot.jobId() != null) {
        md.append(" · `").append(shot.jobId()).append('`');
      }
      md.append('\n');
    }
    return md.toString();
  }
}
