package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.budget.Usd;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.PollSchedule;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.seedancerunner.workflows.generation.Timers;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobPolicy;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link StoryboardWorkflow}. Deterministic: one main loop starts shots and stitches; each started
 * shot runs in its own workflow thread ({@link Async#procedure}) that takes the previous shot's
 * last frame if it continues, runs the child and takes it again on a failure worth it
 * ({@link Retakes}); time comes from {@link Workflow#currentTimeMillis()}.
 *
 * <p>History stays small without continue-as-new: a shot costs about ten events (a child's start,
 * started and completed events, a frame activity), so 30 shots with a reshoot each and a few
 * stitches stay under 1,000 of the 51,200 events a run may hold (docs/build.md, "History
 * limits"); only paths, URLs and short records travel in it. No version branches (patches):
 * changes go out under Worker Versioning (README, "Rolling out workflow changes").
 */
public class StoryboardWorkflowImpl implements StoryboardWorkflow {

  /** The provider's own last frame URL is used only this long after its shot finished (ms). */
  static final long PROVIDER_FRAME_FRESH_MILLIS = 60 * 60 * 1000;

  private String storyboardId;
  private Storyboard storyboard;
  private WaitPolicy policy;
  /** Each take's job policy: the storyboard's tenant, one attempt (retakes are the retries); or null. */
  private JobPolicy shotPolicy;
  private final List<ShotState> shots = new ArrayList<>();
  private StoryboardPhase phase = StoryboardPhase.GENERATING;
  private Film film;
  private int filmVersion;
  private boolean partial;
  private boolean filmStale = true;
  private boolean reshootRequested;
  private Long reshootsOpenUntil;
  private String lastError;
  private int running;
  private ShotState failedShot;
  private CancellationScope root;
  private StoryboardPhase upsertedPhase;
  private Double upsertedCostUsd;


  @Override
  public StoryboardResult run(StoryboardInput input) {
    storyboardId = input.storyboardId();
    storyboard = input.storyboard();
    policy = input.waitPolicy() == null ? WaitPolicy.defaults() : input.waitPolicy();
    shotPolicy = input.tenant() == null ? null : new JobPolicy(input.tenant(), 1, List.of());
    root = CancellationScope.current();
    validate(input);
    Workflow.upsertTypedSearchAttributes(SearchAttributes.STORYBOARD_ID.valueSet(storyboardId));
    publish();
    try {
      adoptPriorTakes();
      while (true) {
        generate();
        if (filmStale) {
          stitch();
        }
        if (!awaitReshoot(input.reshootWindowSeconds())) {
          break;
        }
      }
    } catch (CanceledFailure e) {
      cancelShots();
      throw e;
    }
    phase = StoryboardPhase.COMPLETED;
    publish();
    reshootsOpenUntil = null;
    return new StoryboardResult(storyboardId, film.path(), film.contactSheetPath(), film, partial, shotStatuses());
  }

  private void validate(StoryboardInput input) {
    String problem = StoryboardIds.problem(storyboardId);
    if (problem == null && (storyboard == null || storyboard.shots().isEmpty())) {
      problem = "the storyboard has no shots";
    }
    if (problem == null && storyboard.shot(1).continues()) {
      problem = "the first shot cannot continue";
    }
    if (problem != null) {
      phase = StoryboardPhase.FAILED;
      lastError = problem;
      publish();
      throw ApplicationFailure.newNonRetryableFailure(problem, INVALID_STORYBOARD);
    }
    for (int i = 0; i < storyboard.shots().size(); i++) {
      shots.add(new ShotState(i + 1, storyboard.shots().get(i)));
    }
  }

  /** Adopts the finished takes an earlier run under this id left, and numbers new takes after them. */
  private void adoptPriorTakes() {
    List<TakeLookup> lookups = new ArrayList<>();
    for (ShotState s : shots) {
      lookups.add(new TakeLookup(s.number, ShotRequests.planned(storyboard.defaults(), s.shot), s.shot.continues()));
    }
    List<PriorTake> prior = StoryboardStubs.media("look for shots earlier runs finished").priorTakes(storyboardId, lookups);
    boolean previousAdopted = false;
    for (PriorTake p : prior) {
      ShotState s = shots.get(p.shot() - 1);
      s.nextTake = p.takes() + 1;
      // A continue shot's frame came from the shot before: adopt it only with that shot's take.
      boolean adopt = p.adopted() != null && (!s.shot.continues() || previousAdopted);
      if (adopt) {
        s.take = p.adoptedTake();
        s.jobId = StoryboardIds.shotJobId(storyboardId, s.number, s.take);
        s.succeeded(p.adopted(), Workflow.currentTimeMillis());
      }
      previousAdopted = adopt;
    }
  }

  /** Runs shots until every shot has settled; fails or cancels the storyboard as its policy says. */
  private void generate() {
    phase = StoryboardPhase.GENERATING;
    publish();
    while (true) {
      skipOrphans();
      for (ShotState s : shots) {
        if (running >= storyboard.maxParallelShots() || failedShot != null) {
          break;
        }
        if (startable(s)) {
          start(s);
        }
      }
      if (failedShot != null) {
        failFilm();
      }
      if (running == 0 && shots.stream().allMatch(s -> s.phase.settled())) {
        return;
      }
      Workflow.await(() -> failedShot != null || nextStartable() != null && running < storyboard.maxParallelShots()
          || running == 0 && shots.stream().allMatch(s -> s.phase.settled())
          || hasOrphan() || root.isCancelRequested());
      throwIfCancelled();
    }
  }

  private boolean startable(ShotState s) {
    if (s.phase != ShotPhase.PENDING || s.running) {
      return false;
    }
    return !s.shot.continues() || shots.get(s.number - 2).phase == ShotPhase.SUCCEEDED;
  }

  private ShotState nextStartable() {
    return shots.stream().filter(this::startable).findFirst().orElse(null);
  }

  /** A pending continue shot whose predecessor ended without a film. */
  private boolean orphan(ShotState s) {
    if (s.phase != ShotPhase.PENDING || !s.shot.continues()) {
      return false;
    }
    ShotPhase before = shots.get(s.number - 2).phase;
    return before == ShotPhase.FAILED || before == ShotPhase.SKIPPED || before == ShotPhase.CANCELLED;
  }

  private boolean hasOrphan() {
    return shots.stream().anyMatch(this::orphan);
  }

  private void skipOrphans() {
    for (ShotState s : shots) {
      if (orphan(s)) {
        s.phase = ShotPhase.SKIPPED;
        s.error = "shot " + (s.number - 1) + " " + shots.get(s.number - 2).phase.name().toLowerCase()
            + "; shot " + s.number + " continues from it";
      }
    }
  }

  private void start(ShotState s) {
    s.running = true;
    s.phase = s.shot.continues() ? ShotPhase.PREPARING : ShotPhase.GENERATING;
    running++;
    Async.procedure(() -> runShot(s));
  }

  /** A shot's workflow thread: frame, child, retakes. Releases its place when done. */
  private void runShot(ShotState s) {
    s.scope = Workflow.newCancellationScope(() -> takeUntilSettled(s));
    try {
      s.scope.run();
    } finally {
      s.running = false;
      s.scope = null;
      running--;
      publish();
    }
  }

  private void takeUntilSettled(ShotState s) {
    while (true) {
      s.take = s.nextTake++;
      s.roundTakes++;
      s.jobId = StoryboardIds.shotJobId(storyboardId, s.number, s.take);
      try {
        String firstFrame = s.shot.continues() ? previousLastFrame(s) : s.shot.firstFrameUrl();
        GenerationRequest request = ShotRequests.build(storyboard.defaults(), s.shot, firstFrame);
        s.phase = ShotPhase.GENERATING;
        s.provider = request.provider();
        s.startedAt = Workflow.currentTimeMillis();
        s.expectedSeconds = PollSchedule.estimateSeconds(request);
        s.childRuns++;
        GenerationWorkflow child = StoryboardStubs.shot(storyboardId, storyboard.title(), s.number, s.jobId,
            request.prompt() == null ? "" : request.prompt());
        GenerationResult result = child.run(new GenerationInput(s.jobId, request, policy, shotPolicy));
        s.succeeded(result, Workflow.currentTimeMillis());
        return;
      } catch (ChildWorkflowFailure | ActivityFailure | CanceledFailure e) {
        s.error = Retakes.describe(e);
        s.paidFor(Retakes.capturedUsd(e));
        if (Retakes.cancelled(e) || CancellationScope.current().isCancelRequested()) {
          s.phase = ShotPhase.CANCELLED;
          return;
        }
        if (!Retakes.worthAnotherTake(e) || s.roundTakes >= storyboard.attemptsPerShot()) {
          s.phase = ShotPhase.FAILED;
          s.finishedAt = Workflow.currentTimeMillis();
          if (storyboard.failurePolicy() == FailurePolicy.FAIL_FILM && failedShot == null) {
            failedShot = s;
          }
          return;
        }
      }
    }
  }

  /**
   * The previous shot's last frame: the provider's own image when the same account made it within
   * the last hour (the link is the provider's and may expire), else a frame FFmpeg takes from the
   * downloaded MP4 ({@link StoryboardActivities#lastFrame}).
   */
  private String previousLastFrame(ShotState s) {
    s.phase = ShotPhase.PREPARING;
    ShotState before = shots.get(s.number - 2);
    String provider = s.shot.provider() != null ? s.shot.provider() : storyboard.defaults().provider();
    String url;
    if (before.providerLastFrameUrl != null && provider.equals(before.provider)
        && Workflow.currentTimeMillis() - before.finishedAt <= PROVIDER_FRAME_FRESH_MILLIS) {
      url = before.providerLastFrameUrl;
    } else {
      url = StoryboardStubs.media("take the last frame of shot " + (s.number - 1) + " for shot " + s.number).lastFrame(
          new LastFrameRequest(storyboardId, before.number, before.video.path(), provider));
    }
    before.lastFrameUrl = url;
    return url;
  }

  /** fail-film: cancels the shots still running, waits for them, and fails the storyboard. */
  private void failFilm() {
    for (ShotState s : shots) {
      if (s.scope != null) {
        s.scope.cancel("shot " + failedShot.number + " failed a fail-film storyboard");
      }
    }
    Workflow.await(() -> running == 0);
    for (ShotState s : shots) {
      if (s.phase == ShotPhase.PENDING) {
        s.phase = ShotPhase.CANCELLED;
      }
    }
    phase = StoryboardPhase.FAILED;
    lastError = "shot " + failedShot.number + " failed after " + failedShot.roundTakes + " take(s): "
        + failedShot.error;
    publish();
    throw ApplicationFailure.newNonRetryableFailure(lastError, STORYBOARD_FAILED, failedShot.number);
  }

  /** Workflow cancelled: waits, outside the cancelled scope, until the shots have cancelled. */
  private void cancelShots() {
    phase = StoryboardPhase.CANCELLED;
    publish();
    Workflow.newDetachedCancellationScope(() -> Workflow.await(() -> running == 0)).run();
    for (ShotState s : shots) {
      if (s.phase == ShotPhase.PENDING || s.phase == ShotPhase.PREPARING || s.phase == ShotPhase.GENERATING) {
        s.phase = ShotPhase.CANCELLED;
      }
    }
    publish();
  }

  private void stitch() {
    List<String> clips = new ArrayList<>();
    for (ShotState s : shots) {
      if (s.phase == ShotPhase.SUCCEEDED) {
        clips.add(s.video.path());
      }
    }
    if (clips.isEmpty()) {
      phase = StoryboardPhase.FAILED;
      lastError = "no shot succeeded; there is nothing to stitch";
      publish();
      throw ApplicationFailure.newNonRetryableFailure(lastError, STORYBOARD_FAILED);
    }
    phase = StoryboardPhase.STITCHING;
    publish();
    filmStale = false;
    try {
      film = StoryboardStubs.media("stitch " + clips.size() + " shots into film.mp4").stitch(new StitchRequest(storyboardId, clips));
    } catch (ActivityFailure e) {
      phase = StoryboardPhase.FAILED;
      lastError = "stitching failed: " + Retakes.describe(e);
      publish();
      throw ApplicationFailure.newNonRetryableFailure(lastError, STITCH_FAILED);
    }
    filmVersion++;
    partial = clips.size() < shots.size();
    lastError = null;
  }

  /** @return true when a reshoot arrived within the window (or while stitching) */
  private boolean awaitReshoot(long windowSeconds) {
    if (reshootRequested) {
      reshootRequested = false;
      return true;
    }
    if (windowSeconds <= 0) {
      return false;
    }
    phase = StoryboardPhase.FILM_READY;
    publish();
    reshootsOpenUntil = Workflow.currentTimeMillis() + windowSeconds * 1000;
    boolean reshoot = Timers.await(Duration.ofSeconds(windowSeconds),
        "take reshoots for " + windowSeconds + " s, then complete", () -> reshootRequested || root.isCancelRequested());
    throwIfCancelled();
    reshootsOpenUntil = null;
    reshootRequested = false;
    return reshoot;
  }

  private void throwIfCancelled() {
    if (root.isCancelRequested()) {
      throw new CanceledFailure("storyboard " + storyboardId + " was cancelled");
    }
  }

  @Override
  public ShotStatus reshoot(int shot, ShotChanges changes) {
    ShotState s = shots.get(shot - 1);
    s.shot = (changes == null ? ShotChanges.NONE : changes).applyTo(s.shot);
    List<Shot> updated = new ArrayList<>(storyboard.shots());
    updated.set(shot - 1, s.shot);
    storyboard = new Storyboard(storyboard.title(), storyboard.defaults(), storyboard.failurePolicy(),
        storyboard.maxParallelShots(), storyboard.attemptsPerShot(), updated);
    for (ShotState c : chain(shot)) {
      c.resetForReshoot();
    }
    filmStale = true;
    reshootRequested = true;
    return s.status(Workflow.currentTimeMillis());
  }

  /** @return the shot and the continue shots that hang from it, up to the next cut */
  private List<ShotState> chain(int shot) {
    List<ShotState> chain = new ArrayList<>();
    chain.add(shots.get(shot - 1));
    for (int i = shot; i < shots.size() && shots.get(i).shot.continues(); i++) {
      chain.add(shots.get(i));
    }
    return chain;
  }

  @Override
  public void validateReshoot(int shot, ShotChanges changes) {
    if (phase != StoryboardPhase.GENERATING && phase != StoryboardPhase.STITCHING
        && phase != StoryboardPhase.FILM_READY || shots.isEmpty()) {
      throw new IllegalStateException("storyboard " + storyboardId + " is " + phase + "; reshoots are taken while it"
          + " is GENERATING, STITCHING or FILM_READY");
    }
    if (shot < 1 || shot > shots.size()) {
      throw new IllegalArgumentException("shot must be 1.." + shots.size() + ", not " + shot);
    }
    ShotChanges c = changes == null ? ShotChanges.NONE : changes;
    if (c.firstFrameUrl() != null && shots.get(shot - 1).shot.continues()) {
      throw new IllegalArgumentException("shot " + shot + " continues from shot " + (shot - 1)
          + "; it takes that shot's last frame, not a firstFrameUrl");
    }
    if (c.durationSeconds() != null && c.durationSeconds() < 1) {
      throw new IllegalArgumentException("durationSeconds must be at least 1, not " + c.durationSeconds());
    }
    if (c.prompt() != null && c.prompt().isBlank()) {
      throw new IllegalArgumentException("prompt must not be blank");
    }
    for (ShotState s : chain(shot)) {
      if (s.running) {
        throw new IllegalStateException("shot " + s.number + (s.number == shot ? " is" : ", which continues from shot "
            + shot + ", is") + " still " + s.phase + "; reshoot once it has finished");
      }
    }
  }

  /**
   * Shows the status in Temporal UI's current details (served by the SDK's metadata query; not in
   * history) and upserts {@code SeedancePhase}
   * and {@code SeedanceCostUsd} when they changed.
   */
  private void publish() {
    StoryboardStatus st = status();
    Workflow.setCurrentDetails(StoryboardDetails.markdown(st));
    if (phase != upsertedPhase) {
      upsertedPhase = phase;
      Workflow.upsertTypedSearchAttributes(SearchAttributes.PHASE.valueSet(phase.name()));
    }
    if (st.costUsd() != null && !st.costUsd().equals(upsertedCostUsd)) {
      upsertedCostUsd = st.costUsd();
      Workflow.upsertTypedSearchAttributes(SearchAttributes.COST_USD.valueSet(st.costUsd()));
    }
  }

  @Override
  public StoryboardStatus status() {
    Double cost = null;
    Double costUsd = null;
    for (ShotState s : shots) {
      if (s.cost != null) {
        cost = (cost == null ? 0 : cost) + s.cost;
      }
      if (s.costUsd != null) {
        costUsd = Usd.add(costUsd, s.costUsd);
      }
    }
    return new StoryboardStatus(storyboardId, storyboard == null ? null : storyboard.title(), phase, storyboard,
        shotStatuses(), film, filmVersion, partial, cost, reshootsOpenUntil, lastError, costUsd);
  }

  private List<ShotStatus> shotStatuses() {
    long now = Workflow.currentTimeMillis();
    return shots.stream().map(s -> s.status(now)).toList();
  }
}
