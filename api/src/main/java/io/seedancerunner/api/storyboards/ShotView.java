package io.seedancerunner.api.storyboards;

import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.VideoFile;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotStatus;
import io.seedancerunner.workflows.storyboard.Storyboard;

/**
 * One shot in {@code GET /v1/storyboards/{id}}: the storyboard's view of it, plus the live detail
 * of its generating take from that take's own {@code GenerationWorkflow}.
 *
 * @param shot            1-based shot number
 * @param phase           {@code PENDING}, {@code PREPARING}, {@code GENERATING}, {@code SUCCEEDED},
 *                        {@code FAILED}, {@code SKIPPED}, {@code CANCELLED}
 * @param continuity      {@code CONTINUE} or {@code CUT}
 * @param prompt          the shot's prompt as it stands (reshoot changes applied), or null when
 *                        no worker answered
 * @param durationSeconds the shot's requested duration in seconds (defaults and reshoot changes
 *                        applied), or null when no worker answered
 * @param jobId           the current take's clip job id ({@code <storyboardId>/shot-<n>[/take-<k>]}),
 *                        usable with {@code /v1/generations/{jobId}} once URL-encoded; null before
 *                        the first take
 * @param take            the current take, 1-based; 0 before the first
 * @param childRuns       clip workflows started for this shot (failed takes and reshoots included)
 * @param progressPercent 0..100; while generating, the take's own figure when its workflow
 *                        answers, else the storyboard's estimate
 * @param cost            what the shot's finished takes cost, in the provider's unit, or null
 * @param costUsd         the same in USD as the tenant's ledger booked it, or null without a tenant
 * @param file            path of the shot's MP4 once succeeded, else null
 * @param video           the MP4's details (bytes, sha256, seconds, pixels) once succeeded
 * @param lastError       why the last take failed or the shot was skipped, else null
 * @param generation      while generating: the take's phase ({@code QUEUED}, {@code SUBMITTING},
 *                        {@code WAITING}, {@code DOWNLOADING}, {@code UNKNOWN_SUBMIT}, ...), the
 *                        provider's status word and task id; else null
 */
public record ShotView(
    int shot,
    String phase,
    String continuity,
    String prompt,
    Integer durationSeconds,
    String jobId,
    int take,
    int childRuns,
    int progressPercent,
    Double cost,
    Double costUsd,
    String file,
    VideoFile video,
    String lastError,
    Generation generation) {

  /**
   * The live state of a generating take.
   *
   * @param status         the clip job's phase
   * @param rawStatus      the provider's last status word, or null
   * @param providerTaskId the provider's task id, or null before the submit was accepted
   * @param lastError      the last (possibly transient) error the take saw, or null
   */
  public record Generation(String status, String rawStatus, String providerTaskId, String lastError) {}

  /**
   * @param s    the shot as the storyboard's query shows it
   * @param plan the storyboard as it stands, or null when unknown
   * @param live the take's own status, or null when it is not generating or did not answer
   * @return the view
   */
  public static ShotView of(ShotStatus s, Storyboard plan, JobStatus live) {
    int progress = s.progressPercent();
    Generation generation = null;
    if (live != null) {
      progress = Math.max(progress, Math.min(99, live.progressPercent()));
      generation = new Generation(live.phase().name(), live.rawStatus(), live.providerTaskId(), live.lastError());
    }
    Shot shot = plan == null || s.shot() < 1 || s.shot() > plan.shots().size() ? null : plan.shot(s.shot());
    Integer seconds = shot == null ? null
        : shot.durationSeconds() != null ? shot.durationSeconds() : Integer.valueOf(plan.defaults().durationSeconds());
    return new ShotView(s.shot(), s.phase().name(), s.continuity().name(), shot == null ? null : shot.prompt(), seconds,
        s.jobId(), s.take(), s.childRuns(),
        progress, s.cost(), s.costUsd(), s.video() == null ? null : s.video().path(), s.video(), s.lastError(), generation);
  }
}
