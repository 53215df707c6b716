package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.budget.Usd;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.workflow.CancellationScope;

/** One shot's mutable state inside {@link StoryboardWorkflowImpl}. Workflow code. */
final class ShotState {

  final int number;
  Shot shot;
  ShotPhase phase = ShotPhase.PENDING;
  /** Current take, 0 before the first. */
  int take;
  /** Number of the next new take; takes an earlier run left behind are skipped. */
  int nextTake = 1;
  /** Takes since the shot was last (re)started, counted against attemptsPerShot. */
  int roundTakes;
  int childRuns;
  String jobId;
  Double cost;
  /** USD the shot's finished takes cost, or null without a tenant. */
  Double costUsd;
  VideoFile video;
  /** Provider account of the current take. */
  String provider;
  /** The provider's own last frame image of the current take, or null. */
  String providerLastFrameUrl;
  /** The frame the next continue shot received from this shot, for the status. */
  String lastFrameUrl;
  long startedAt;
  long finishedAt;
  long expectedSeconds;
  String error;
  /** Whether a runner holds one of the maxParallelShots places for this shot. */
  boolean running;
  /** The scope the runner's activity and child run in, to cancel them. */
  CancellationScope scope;

  ShotState(int number, Shot shot) {
    this.number = number;
    this.shot = shot;
  }

  /** Records a successful take. */
  void succeeded(GenerationResult result, long now) {
    phase = ShotPhase.SUCCEEDED;
    video = result.video();
    providerLastFrameUrl = result.lastFrameUrl();
    provider = result.provider();
    if (result.cost() != null) {
      cost = (cost == null ? 0 : cost) + result.cost();
    }
    if (result.costUsd() != null) {
      costUsd = Usd.add(costUsd, result.costUsd());
    }
    finishedAt = now;
    error = null;
  }

  /** Adds what a failed take's ledger captured (USD), so the shot's cost equals its captures. */
  void paidFor(double usd) {
    if (usd > 0) {
      costUsd = Usd.add(costUsd, usd);
    }
  }

  /** Forgets the current take's output before the shot is taken again. */
  void resetForReshoot() {
    phase = ShotPhase.PENDING;
    roundTakes = 0;
    video = null;
    providerLastFrameUrl = null;
    lastFrameUrl = null;
    error = null;
  }

  /**
   * @param now workflow time, epoch milliseconds
   * @return the shot as the status query shows it
   */
  ShotStatus status(long now) {
    return new ShotStatus(number, phase, shot.continuity(), jobId, take, childRuns, progress(now), cost, video,
        lastFrameUrl, error, costUsd);
  }

  private int progress(long now) {
    if (phase == ShotPhase.SUCCEEDED) {
      return 100;
    }
    if (phase != ShotPhase.GENERATING || expectedSeconds <= 0) {
      return 0;
    }
    return (int) Math.max(0, Math.min(95, (now - startedAt) / 10 / expectedSeconds));
  }
}
