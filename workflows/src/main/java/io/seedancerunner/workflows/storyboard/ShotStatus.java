package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.model.VideoFile;

/**
 * One shot as the storyboard's {@code status} query (and its result) shows it.
 *
 * @param shot            1-based shot number
 * @param phase           where the shot is
 * @param continuity      how it joins the shot before it
 * @param jobId           workflow id of the shot's current take: {@code <storyboardId>/shot-<n>}
 *                        for take 1, {@code <storyboardId>/shot-<n>/take-<k>} for take k; ask
 *                        that {@code GenerationWorkflow}'s {@code status} query for live
 *                        provider progress. {@code null} before the first take starts
 * @param take            the current take, 1-based; 0 before the first take starts
 * @param childRuns       child {@code GenerationWorkflow}s this storyboard run started for the shot
 *                        (failed takes and reshoots included; an adopted take counts 0)
 * @param progressPercent 0..100: 100 once succeeded; while generating, elapsed time against the
 *                        generation estimate for the shot, capped at 95 (the child's status has
 *                        the provider's own figure)
 * @param cost            what the shot's finished takes cost, in the provider's unit
 *                        ({@code GenerationResult.cost}, summed), or {@code null} when unknown
 * @param video           the current take's file once {@link ShotPhase#SUCCEEDED}, else {@code null}
 * @param lastFrameUrl    the image the next {@code continue} shot starts from, once taken, else
 *                        {@code null}
 * @param lastError       why the last take failed, or why the shot was skipped; else {@code null}
 * @param costUsd         what the shot's takes were captured at in USD, an undelivered (paid) take
 *                        included ({@code GenerationResult.costUsd},
 *                        summed), or {@code null} when the storyboard runs without a tenant
 */
public record ShotStatus(
    int shot,
    ShotPhase phase,
    Continuity continuity,
    String jobId,
    int take,
    int childRuns,
    int progressPercent,
    Double cost,
    VideoFile video,
    String lastFrameUrl,
    String lastError,
    Double costUsd) {

  /** A shot without a USD cost (the shape before {@code costUsd}). */
  public ShotStatus(int shot, ShotPhase phase, Continuity continuity, String jobId, int take, int childRuns,
      int progressPercent, Double cost, VideoFile video, String lastFrameUrl, String lastError) {
    this(shot, phase, continuity, jobId, take, childRuns, progressPercent, cost, video, lastFrameUrl, lastError, null);
  }
}
