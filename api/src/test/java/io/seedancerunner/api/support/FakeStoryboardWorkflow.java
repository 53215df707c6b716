package io.seedancerunner.api.support;

import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.VideoFile;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.seedancerunner.workflows.storyboard.Film;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotChanges;
import io.seedancerunner.workflows.storyboard.ShotPhase;
import io.seedancerunner.workflows.storyboard.ShotStatus;
import io.seedancerunner.workflows.storyboard.Storyboard;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import io.seedancerunner.workflows.storyboard.StoryboardInput;
import io.seedancerunner.workflows.storyboard.StoryboardPhase;
import io.seedancerunner.workflows.storyboard.StoryboardResult;
import io.seedancerunner.workflows.storyboard.StoryboardStatus;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflow;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the real storyboard workflow, steered by the title: {@code [film]} makes the film
 * at once ({@link TestVideo#PATH}, contact sheet {@link TestVideo#SHEET}) and stays open for
 * reshoots for the input's window; {@code [fail]} fails with {@code StoryboardFailed}; anything
 * else generates shot 1 as a child {@link FakeGenerationWorkflow} that waits (so the api can ask
 * the child for live detail), the other shots pending, until cancelled.
 *
 * <p>{@code reshoot} is validated as the real one documents (shot out of range or a duration
 * below 1: {@code IllegalArgumentException}; a shot still generating or a storyboard that is not
 * generating or film-ready: {@code IllegalStateException}); it puts the shot back to
 * {@code PENDING} on a new take, and writes the changes into its {@code lastError} so that a
 * test can read them back.
 */
public class FakeStoryboardWorkflow implements StoryboardWorkflow {

  private String id;
  private String title;
  private Storyboard storyboard;
  private StoryboardPhase phase = StoryboardPhase.GENERATING;
  private final List<ShotStatus> shots = new ArrayList<>();
  private Film film;
  private boolean reshot;

  @Override
  public StoryboardResult run(StoryboardInput input) {
    id = input.storyboardId();
    title = input.storyboard().title();
    storyboard = input.storyboard();
    List<Shot> list = input.storyboard().shots();
    for (int n = 1; n <= list.size(); n++) {
      shots.add(new ShotStatus(n, ShotPhase.PENDING, list.get(n - 1).continuity(), null, 0, 0, 0, null, null, null, null));
    }
    if (title.contains("[fail]")) {
      phase = StoryboardPhase.FAILED;
      throw ApplicationFailure.newNonRetryableFailure("shot 2 failed: CONTENT_POLICY", STORYBOARD_FAILED);
    }
    try {
      if (title.contains("[film]")) {
        for (int n = 1; n <= shots.size(); n++) {
          VideoFile clip = new VideoFile(TestVideo.PATH.toAbsolutePath().toString(), TestVideo.SIZE, "00", 4, 1280, 720);
          set(n, new ShotStatus(n, ShotPhase.SUCCEEDED, shots.get(n - 1).continuity(), StoryboardIds.shotJobId(id, n, 1),
              1, 1, 100, 0.25, clip, null, null));
        }
        film = new Film(TestVideo.PATH.toAbsolutePath().toString(), TestVideo.SHEET.toAbsolutePath().toString(),
            TestVideo.SIZE, 4.0 * shots.size(), shots.size(), false);
        phase = StoryboardPhase.FILM_READY;
        Workflow.await(Duration.ofSeconds(input.reshootWindowSeconds()), () -> reshot);
        phase = StoryboardPhase.COMPLETED;
        return new StoryboardResult(id, film.path(), film.contactSheetPath(), film, false, List.copyOf(shots));
      }
      String jobId = StoryboardIds.shotJobId(id, 1, 1);
      GenerationWorkflow child = Workflow.newChildWorkflowStub(GenerationWorkflow.class,
          ChildWorkflowOptions.newBuilder().setWorkflowId(jobId).build());
      GenerationRequest request = new GenerationRequest("sim-open-api", "seedance-2.0", "shot 1 waits", 4, "720p",
          "16:9", false, false, null, null, List.of());
      Async.function(child::run, new GenerationInput(jobId, request, WaitPolicy.defaults()));
      Workflow.getWorkflowExecution(child).get();
      set(1, new ShotStatus(1, ShotPhase.GENERATING, shots.get(0).continuity(), jobId, 1, 1, 20, null, null, null, null));
      Workflow.await(() -> false);
      return null;
    } catch (CanceledFailure e) {
      phase = StoryboardPhase.CANCELLED;
      throw e;
    }
  }

  @Override
  public ShotStatus reshoot(int shot, ShotChanges changes) {
    ShotStatus s = shots.get(shot - 1);
    ShotStatus next = new ShotStatus(shot, ShotPhase.PENDING, s.continuity(), s.jobId(), s.take() + 1, s.childRuns(),
        0, s.cost(), null, null, "changes: prompt=" + changes.prompt() + " durationSeconds=" + changes.durationSeconds());
    set(shot, next);
    phase = StoryboardPhase.GENERATING;
    reshot = true;
    return next;
  }

  @Override
  public void validateReshoot(int shot, ShotChanges changes) {
    if (shot < 1 || shot > shots.size()) {
      throw new IllegalArgumentException("shot " + shot + " does not exist: the storyboard has shots 1.." + shots.size());
    }
    if (changes.durationSeconds() != null && changes.durationSeconds() < 1) {
      throw new IllegalArgumentException("durationSeconds must be at least 1");
    }
    if (phase != StoryboardPhase.GENERATING && phase != StoryboardPhase.FILM_READY) {
      throw new IllegalStateException("storyboard " + id + " is " + phase + "; reshoots need GENERATING or FILM_READY");
    }
    if (shots.get(shot - 1).phase() == ShotPhase.GENERATING) {
      throw new IllegalStateException("shot " + shot + " is still generating; reshoot it once it has settled");
    }
  }

  @Override
  public StoryboardStatus status() {
    Double cost = shots.stream().map(ShotStatus::cost).filter(c -> c != null).reduce(Double::sum).orElse(null);
    return new StoryboardStatus(id, title, phase, storyboard, List.copyOf(shots), film, film == null ? 0 : 1, false, cost,
        phase == StoryboardPhase.FILM_READY ? 1_900_000_000_000L : null, null);
  }

  private void set(int shot, ShotStatus status) {
    shots.set(shot - 1, status);
  }
}
