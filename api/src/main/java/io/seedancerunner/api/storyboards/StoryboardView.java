package io.seedancerunner.api.storyboards;

import io.seedancerunner.api.jobs.JobFailure;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.storyboard.Film;
import io.seedancerunner.workflows.storyboard.ShotStatus;
import io.seedancerunner.workflows.storyboard.Storyboard;
import io.seedancerunner.workflows.storyboard.StoryboardStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /v1/storyboards/{id}}: the storyboard's {@code status} query, each shot
 * with its live detail, the film once stitched, the workflow's own state, the failure and links.
 *
 * @param storyboardId      the storyboard id
 * @param title             the storyboard's title, or null when no worker answered
 * @param status            {@code GENERATING}, {@code STITCHING}, {@code FILM_READY},
 *                          {@code COMPLETED}, {@code FAILED}, {@code CANCELLED} (the closed
 *                          workflow's state decides for a workflow that did not complete), or the
 *                          workflow state when no worker answered the query
 * @param workflowState     Temporal's execution status: {@code RUNNING}, {@code COMPLETED},
 *                          {@code FAILED}, {@code CANCELED}, {@code TERMINATED}, {@code TIMED_OUT}
 * @param shotsDone         shots that succeeded
 * @param shotsTotal        shots in the storyboard
 * @param progressPercent   0..100, the mean of the shots' progress
 * @param cost              what the shots cost so far, in the providers' unit, or null when no
 *                          shot reported one
 * @param costUsd           the same in USD, as the tenant's budget ledger booked it, or null when
 *                          the storyboard runs without a tenant
 * @param film              the last stitched film, or null
 * @param filmVersion       how often the film was stitched (1 after the first, +1 per reshoot)
 * @param partial           whether the film leaves out failed or skipped shots
 * @param contactSheet      the contact sheet once stitched, or null
 * @param reshootsOpenUntil ISO-8601 time until which reshoots are taken once the film is ready,
 *                          else null
 * @param lastError         why the storyboard or its last stitch failed, else null
 * @param failure           why a closed workflow ended without completing, else null
 * @param startedAt         ISO-8601 start time
 * @param closedAt          ISO-8601 close time, null while running
 * @param shots             every shot, in film order
 * @param links             self, film, contact sheet, cancel, reshoot
 */
public record StoryboardView(
    String storyboardId,
    String title,
    String status,
    String workflowState,
    int shotsDone,
    int shotsTotal,
    int progressPercent,
    Double cost,
    Double costUsd,
    Film film,
    int filmVersion,
    boolean partial,
    ContactSheet contactSheet,
    String reshootsOpenUntil,
    String lastError,
    JobFailure failure,
    String startedAt,
    String closedAt,
    List<ShotView> shots,
    StoryboardLinks.Links links) {

  /**
   * The contact sheet.
   *
   * @param path absolute path of {@code contact-sheet.jpg} on the runner
   */
  public record ContactSheet(String path) {}

  private static final String STATE_PREFIX = "WORKFLOW_EXECUTION_STATUS_";

  /**
   * @param found the storyboard
   * @param live  the live status of each generating take, by job id
   * @param links its links
   * @return the view
   */
  public static StoryboardView of(StoryboardLookup.Found found, Map<String, JobStatus> live, StoryboardLinks.Links links) {
    StoryboardStatus s = found.status();
    List<ShotStatus> shots = s != null ? s.shots() : found.result() != null ? found.result().shots() : List.of();
    Film film = s != null && s.film() != null ? s.film() : found.result() != null ? found.result().film() : null;
    Storyboard plan = s == null ? null : s.storyboard();
    List<ShotView> views = shots.stream()
        .map(shot -> ShotView.of(shot, plan, shot.jobId() == null ? null : live.get(shot.jobId()))).toList();
    int done = (int) views.stream().filter(v -> v.phase().equals("SUCCEEDED")).count();
    int progress = views.isEmpty() ? 0 : (int) Math.round(views.stream().mapToInt(ShotView::progressPercent).average().orElse(0));
    Double cost = s != null ? s.cost() : sum(shots, ShotStatus::cost);
    Double costUsd = s != null ? s.costUsd() : sum(shots, ShotStatus::costUsd);
    return new StoryboardView(found.storyboardId(), s == null ? null : s.title(), statusName(found), workflowState(found),
        done, views.size(), progress, cost, costUsd, film, s == null ? (film == null ? 0 : 1) : s.filmVersion(),
        s != null ? s.partial() : found.result() != null && found.result().partial(),
        film == null || film.contactSheetPath() == null ? null : new ContactSheet(film.contactSheetPath()),
        s == null || s.reshootsOpenUntil() == null ? null : Instant.ofEpochMilli(s.reshootsOpenUntil()).toString(),
        s == null ? null : s.lastError(), found.failure(),
        found.startedAt() == null ? null : found.startedAt().toString(),
        found.closedAt() == null ? null : found.closedAt().toString(), views, links);
  }

  /** @return the storyboard's phase; the closed workflow's state wins where the two disagree */
  static String statusName(StoryboardLookup.Found found) {
    switch (found.state()) {
      case WORKFLOW_EXECUTION_STATUS_COMPLETED -> {
        return "COMPLETED";
      }
      case WORKFLOW_EXECUTION_STATUS_CANCELED -> {
        return "CANCELLED";
      }
      case WORKFLOW_EXECUTION_STATUS_FAILED, WORKFLOW_EXECUTION_STATUS_TERMINATED -> {
        return "FAILED";
      }
      case WORKFLOW_EXECUTION_STATUS_TIMED_OUT -> {
        return "TIMED_OUT";
      }
      default -> {
        return found.status() != null ? found.status().phase().name() : workflowState(found);
      }
    }
  }

  private static String workflowState(StoryboardLookup.Found found) {
    String name = found.state().name();
    return name.startsWith(STATE_PREFIX) ? name.substring(STATE_PREFIX.length()) : name;
  }

  private static Double sum(List<ShotStatus> shots, java.util.function.Function<ShotStatus, Double> figure) {
    return shots.stream().map(figure).filter(c -> c != null).reduce(Double::sum).orElse(null);
  }
}
