package io.seedancerunner.workflows.storyboard;

import static io.seedancerunner.workflows.storyboard.StoryboardHarness.pattern;
import static io.seedancerunner.workflows.storyboard.StoryboardHarness.result;
import static io.seedancerunner.workflows.storyboard.StoryboardHarness.storyboard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobPolicy;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** StoryboardWorkflow under Temporal's time-skipping test environment, with fake shot children. */
class StoryboardWorkflowTest {

  private final StoryboardHarness h = new StoryboardHarness();

  @AfterEach
  void close() {
    h.close();
  }

  private static FakeShotWorkflow.Run run(String jobId) {
    FakeShotWorkflow.Run r = FakeShotWorkflow.RUNS.get(jobId);
    if (r == null) {
      throw new AssertionError("no child ran as " + jobId + "; ran " + FakeShotWorkflow.RUNS.keySet());
    }
    return r;
  }

  /** Most children generating at once, from their workflow-time intervals. */
  private static int maxOverlap() {
    List<long[]> events = new ArrayList<>();
    FakeShotWorkflow.RUNS.values().forEach(r -> {
      events.add(new long[] {r.startedAt(), 1});
      events.add(new long[] {r.endedAt(), -1});
    });
    events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    int now = 0;
    int max = 0;
    for (long[] e : events) {
      now += (int) e[1];
      max = Math.max(max, now);
    }
    return max;
  }

  @Test
  void twelveShotsMixingContinueAndCut() {
    String pattern = "CccCcCCcccCc";
    List<Shot> shots = new ArrayList<>(pattern(pattern));
    // Shots 4 and 5 on an account whose provider returns its own last frame.
    shots.set(3, new Shot("shot 4", 5, Continuity.CUT, null, null, List.of(), FakeShotWorkflow.FRAMES_PROVIDER,
        null, null, null, null, null, null, null));
    shots.set(4, new Shot("shot 5", null, Continuity.CONTINUE, null, null, List.of(), FakeShotWorkflow.FRAMES_PROVIDER,
        null, null, null, null, null, null, null));
    StoryboardWorkflow wf = h.start("sb-12", storyboard(FailurePolicy.FAIL_FILM, 3, 2, shots), 0);

    StoryboardResult result = result(wf);

    assertEquals(12, result.shots().size());
    assertEquals(12, FakeShotWorkflow.RUNS.size(), "one child per shot");
    assertTrue(result.shots().stream().allMatch(s -> s.phase() == ShotPhase.SUCCEEDED && s.childRuns() == 1));
    for (int n = 1; n <= 12; n++) {
      String jobId = "sb-12/shot-" + n;
      assertEquals(jobId, result.shots().get(n - 1).jobId());
      GenerationRequest request = run(jobId).request();
      if (pattern.charAt(n - 1) == 'c') {
        FakeShotWorkflow.Run before = run("sb-12/shot-" + (n - 1));
        assertTrue(run(jobId).startedAt() >= before.endedAt(), "shot " + n + " starts after shot " + (n - 1));
        String expected = n == 5 ? "https://provider.example/sb-12/shot-4/last.png"
            : FakeMedia.frameUrl("/data/videos/sb-12/shot-" + (n - 1) + "/clip.mp4");
        assertEquals(expected, request.firstFrameUrl(), "shot " + n + " starts from the last frame of shot " + (n - 1));
        assertEquals(expected, result.shots().get(n - 2).lastFrameUrl());
      } else {
        assertNull(request.firstFrameUrl());
      }
    }
    assertEquals(6, h.media.frames.size(), "FFmpeg frames for every continue shot but the provider's one");
    int overlap = maxOverlap();
    assertTrue(overlap >= 2 && overlap <= 3, "cuts run side by side, at most 3 at once: " + overlap);
    assertEquals(1, h.media.stitches.size());
    List<String> clips = h.media.stitches.get(0).clipPaths();
    for (int n = 1; n <= 12; n++) {
      assertEquals("/data/videos/sb-12/shot-" + n + "/clip.mp4", clips.get(n - 1), "film order");
    }
    assertEquals("/data/storyboards/sb-12/film.mp4", result.filmPath());
    assertEquals(false, result.partial());
    assertEquals(6.0, wf.status().cost(), 1e-9, "12 shots at 0.5 each");
    assertEquals(StoryboardPhase.COMPLETED, wf.status().phase());
    // Search attributes on the parent and on every child.
    assertEquals("sb-12", h.client.newUntypedWorkflowStub("sb-12").describe().getTypedSearchAttributes()
        .get(SearchAttributes.STORYBOARD_ID));
    var child = h.client.newUntypedWorkflowStub("sb-12/shot-7").describe().getTypedSearchAttributes();
    assertEquals("sb-12", child.get(SearchAttributes.STORYBOARD_ID));
    assertEquals(7L, child.get(SearchAttributes.SHOT_INDEX));
  }

  @Test
  void shotsArePaidByTheStoryboardsTenantAndABudgetRefusalIsNotRetaken() {
    List<Shot> shots = pattern("CcC");
    shots.set(2, Shot.of("shot 3 [over-budget]", null, Continuity.CUT));
    StoryboardWorkflow wf = h.start("sb-paid", storyboard(FailurePolicy.PARTIAL_FILM, 3, 2, shots), 0, "studio-a");

    StoryboardResult result = result(wf);

    // One attempt per take: the storyboard's retakes are the retries, not the clip job's policy.
    JobPolicy expected = new JobPolicy("studio-a", 1, List.of());
    assertEquals(Map.of("sb-paid/shot-1", expected, "sb-paid/shot-2", expected, "sb-paid/shot-3", expected),
        FakeShotWorkflow.POLICIES);
    ShotStatus refused = result.shots().get(2);
    assertEquals(ShotPhase.FAILED, refused.phase());
    assertEquals(1, refused.childRuns(), "a budget refusal is not taken again");
    assertEquals(FakeShotWorkflow.USD_PER_TAKE, result.shots().get(0).costUsd());
    StoryboardStatus status = wf.status();
    assertEquals(2 * FakeShotWorkflow.USD_PER_TAKE, status.costUsd(), 1e-9);
    assertTrue(status.partial());
    // Operators find what a storyboard cost, and where it is, by its search attributes (issue 6).
    io.temporal.common.SearchAttributes attributes = h.client.newUntypedWorkflowStub("sb-paid").describe()
        .getTypedSearchAttributes();
    assertEquals(2 * FakeShotWorkflow.USD_PER_TAKE, attributes.get(SearchAttributes.COST_USD), 1e-9);
    assertEquals("COMPLETED", attributes.get(SearchAttributes.PHASE));
    assertEquals("sb-paid", attributes.get(SearchAttributes.STORYBOARD_ID));
  }

  @Test
  void withoutATenantShotsRunUnbudgeted() {
    StoryboardWorkflow wf = h.start("sb-free", storyboard(FailurePolicy.FAIL_FILM, 2, 1, pattern("Cc")), 0);

    result(wf);

    assertTrue(FakeShotWorkflow.POLICIES.isEmpty(), FakeShotWorkflow.POLICIES.toString());
    assertNull(wf.status().costUsd());
  }

  @Test
  void aShotThatFailsIsTakenAgainAndSucceeds() {
    List<Shot> shots = pattern("CcC");
    shots.set(1, Shot.of("shot 2 [fail-once]", null, Continuity.CONTINUE));
    StoryboardWorkflow wf = h.start("sb-retake", storyboard(FailurePolicy.FAIL_FILM, 2, 2, shots), 0);

    StoryboardResult result = result(wf);

    ShotStatus second = result.shots().get(1);
    assertEquals(ShotPhase.SUCCEEDED, second.phase());
    assertEquals(2, second.take());
    assertEquals(2, second.childRuns());
    assertEquals("sb-retake/shot-2/take-2", second.jobId());
    assertEquals(Map.of("sb-retake/shot-1", 1, "sb-retake/shot-2", 1, "sb-retake/shot-2/take-2", 1,
        "sb-retake/shot-3", 1), h.childStarts("sb-retake"));
    assertEquals(FakeMedia.frameUrl("/data/videos/sb-retake/shot-1/clip.mp4"),
        run("sb-retake/shot-2/take-2").request().firstFrameUrl(), "the retake starts from the same frame");
    assertEquals("/data/videos/sb-retake/shot-2/take-2/clip.mp4", h.media.stitches.get(0).clipPaths().get(1));
  }

  /** A shot is taken again only where the clip job would try again: never after moderation. */
  @ParameterizedTest
  @EnumSource(ProviderOutcome.class)
  void aShotIsRetakenOnlyForAnOutcomeANewTaskMayFix(ProviderOutcome outcome) {
    List<Shot> shots = pattern("C");
    shots.set(0, Shot.of("shot 1 [outcome:" + outcome.name() + "]", 4, Continuity.CUT));
    String id = "sb-" + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    StoryboardWorkflow wf = h.start(id, storyboard(FailurePolicy.FAIL_FILM, 2, 2, shots), 0);

    if (outcome.newTaskMayHelp()) {
      assertEquals(ShotPhase.SUCCEEDED, result(wf).shots().get(0).phase());
      assertEquals(Map.of(id + "/shot-1", 1, id + "/shot-1/take-2", 1), h.childStarts(id), outcome + " is retaken");
    } else {
      assertThrows(WorkflowFailedException.class, () -> result(wf));
      assertEquals(Map.of(id + "/shot-1", 1), h.childStarts(id), outcome + " is not retaken");
      assertEquals(ShotPhase.FAILED, wf.status().shots().get(0).phase());
    }
  }

  @Test
  void anUndeliveredTakeIsNotRetakenAndItsCostCountsInTheStoryboards() {
    List<Shot> shots = pattern("CC");
    shots.set(0, Shot.of("shot 1 [undelivered]", 4, Continuity.CUT));
    StoryboardWorkflow wf = h.start("sb-undelivered", storyboard(FailurePolicy.PARTIAL_FILM, 2, 2, shots), 0);

    StoryboardResult result = result(wf);

    assertEquals(Map.of("sb-undelivered/shot-1", 1, "sb-undelivered/shot-2", 1), h.childStarts("sb-undelivered"),
        "a paid, undelivered video is never paid again by a retake");
    assertEquals(ShotPhase.FAILED, result.shots().get(0).phase());
    assertEquals(FakeShotWorkflow.USD_PER_TAKE, result.shots().get(0).costUsd(), 1e-9);
    assertEquals(FakeShotWorkflow.USD_PER_TAKE, wf.status().costUsd(), 1e-9,
        "the failed take's capture counts; the unbudgeted second shot costs nothing");
  }

  @Test
  void failFilmFailsTheStoryboardWhenAShotStillFailsAndCancelsTheRest() {
    List<Shot> shots = pattern("CCC");
    shots.set(0, Shot.of("shot 1 [fail-always]", 4, Continuity.CUT));
    shots.set(1, Shot.of("shot 2, which only a cancel ends [hold]", 15, Continuity.CUT));
    StoryboardWorkflow wf = h.start("sb-fail", storyboard(FailurePolicy.FAIL_FILM, 2, 2, shots), 0);

    WorkflowFailedException e = assertThrows(WorkflowFailedException.class, () -> result(wf));

    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, e.getCause());
    assertEquals(StoryboardWorkflow.STORYBOARD_FAILED, cause.getType());
    assertTrue(cause.getOriginalMessage().contains("shot 1 failed after 2 take(s)"), cause.getOriginalMessage());
    StoryboardStatus status = wf.status();
    assertEquals(StoryboardPhase.FAILED, status.phase());
    assertEquals(ShotPhase.FAILED, status.shots().get(0).phase());
    assertEquals(ShotPhase.CANCELLED, status.shots().get(1).phase(), "the long shot was cancelled");
    assertEquals(ShotPhase.CANCELLED, status.shots().get(2).phase(), "the waiting shot never started");
    assertTrue(h.media.stitches.isEmpty());
  }

  @Test
  void partialFilmLeavesOutAFailedShotAndItsContinueChain() {
    List<Shot> shots = pattern("CcCcc");
    shots.set(2, Shot.of("shot 3 [reject]", null, Continuity.CUT));
    StoryboardWorkflow wf = h.start("sb-partial", storyboard(FailurePolicy.PARTIAL_FILM, 4, 3, shots), 0);

    StoryboardResult result = result(wf);

    assertTrue(result.partial());
    assertEquals(List.of(ShotPhase.SUCCEEDED, ShotPhase.SUCCEEDED, ShotPhase.FAILED, ShotPhase.SKIPPED,
        ShotPhase.SKIPPED), result.shots().stream().map(ShotStatus::phase).toList());
    assertEquals(1, result.shots().get(2).childRuns(), "a refused request is not taken again");
    assertTrue(result.shots().get(2).lastError().startsWith("ProviderRejected"), result.shots().get(2).lastError());
    assertEquals(List.of("/data/videos/sb-partial/shot-1/clip.mp4", "/data/videos/sb-partial/shot-2/clip.mp4"),
        h.media.stitches.get(0).clipPaths());
  }

  @Test
  void reshootOfShot4RegeneratesItAndItsContinueChainOnly() {
    // 1 C, 2 c, 3 C, 4 c, 5 c, 6 C, 7 c, 8 C: shot 4's chain is 4 and 5; 6 is a cut.
    StoryboardWorkflow wf = h.start("sb-reshoot", storyboard(FailurePolicy.FAIL_FILM, 3, 2, pattern("CcCccCcC")), 3600);
    StoryboardStatus ready = h.await(wf, s -> s.phase() == StoryboardPhase.FILM_READY);
    assertEquals(1, ready.filmVersion());

    ShotStatus accepted = wf.reshoot(4, new ShotChanges("shot 4, now at dusk", null, null, null, null, null));
    assertEquals(ShotPhase.PENDING, accepted.phase());
    StoryboardStatus again = h.await(wf, s -> s.phase() == StoryboardPhase.FILM_READY && s.filmVersion() == 2);

    Map<String, Integer> starts = h.childStarts("sb-reshoot");
    assertEquals(10, starts.size(), starts.toString());
    assertTrue(starts.values().stream().allMatch(c -> c == 1), "no child id was started twice");
    List<Integer> runs = again.shots().stream().map(ShotStatus::childRuns).toList();
    assertEquals(List.of(1, 1, 1, 2, 2, 1, 1, 1), runs, "child runs per shot");
    assertEquals("sb-reshoot/shot-4/take-2", again.shots().get(3).jobId());
    assertEquals("shot 4, now at dusk", run("sb-reshoot/shot-4/take-2").request().prompt());
    assertEquals("shot 4, now at dusk", again.storyboard().shot(4).prompt());
    assertEquals(FakeMedia.frameUrl("/data/videos/sb-reshoot/shot-3/clip.mp4"),
        run("sb-reshoot/shot-4/take-2").request().firstFrameUrl(), "shot 3 was kept");
    assertEquals(FakeMedia.frameUrl("/data/videos/sb-reshoot/shot-4/take-2/clip.mp4"),
        run("sb-reshoot/shot-5/take-2").request().firstFrameUrl(), "shot 5 starts from the new shot 4");
    List<String> film = h.media.stitches.get(1).clipPaths();
    assertEquals("/data/videos/sb-reshoot/shot-3/clip.mp4", film.get(2));
    assertEquals("/data/videos/sb-reshoot/shot-4/take-2/clip.mp4", film.get(3));
    assertEquals("/data/videos/sb-reshoot/shot-5/take-2/clip.mp4", film.get(4));
    assertEquals("/data/videos/sb-reshoot/shot-6/clip.mp4", film.get(5));
  }

  @Test
  void reshootIsRefusedForAShotOutOfRangeOrAFrameOnAContinueShot() {
    StoryboardWorkflow wf = h.start("sb-refuse", storyboard(FailurePolicy.FAIL_FILM, 2, 2, pattern("Cc")), 600);
    h.await(wf, s -> s.phase() == StoryboardPhase.FILM_READY);

    assertThrows(RuntimeException.class, () -> wf.reshoot(3, ShotChanges.NONE));
    assertThrows(RuntimeException.class, () -> wf.reshoot(2,
        new ShotChanges(null, null, null, "https://img.example/f.png", null, null)));
    assertEquals(Map.of("sb-refuse/shot-1", 1, "sb-refuse/shot-2", 1), h.childStarts("sb-refuse"),
        "a refused reshoot starts nothing");
    assertEquals(1, wf.status().filmVersion());
  }
}
