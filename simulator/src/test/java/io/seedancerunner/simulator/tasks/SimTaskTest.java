package io.seedancerunner.simulator.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.seedancerunner.simulator.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The clock-driven lifecycle, without a server. */
class SimTaskTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final TaskSpec SPEC = new TaskSpec("m", "p", "480p", "16:9", 4, false, false, List.of(), null, null);

  private static SimTask task(FailureKind failure, CompletableFuture<Path> video) {
    return new SimTask("t1", Dialect.OPEN_API, SPEC, T0, Duration.ofSeconds(10), 20, failure, false, "http://h", video);
  }

  private static Instant at(long millis) {
    return T0.plusMillis(millis);
  }

  @Test
  void queuedThenProcessingWithGrowingProgressThenSucceeded() {
    SimTask t = task(null, CompletableFuture.completedFuture(Path.of("x.mp4")));
    assertEquals(new TaskState(TaskPhase.QUEUED, 0, null), t.observe(at(500)));
    assertEquals(TaskPhase.PROCESSING, t.observe(at(1000)).phase());
    assertEquals(1, t.observe(at(1000)).progress());
    assertEquals(50, t.observe(at(5500)).progress());
    assertEquals(99, t.observe(at(9999)).progress());
    assertEquals(new TaskState(TaskPhase.SUCCEEDED, 100, null), t.observe(at(10_000)));
  }

  @Test
  void waitsForTheVideoFileBeforeSucceeding() {
    CompletableFuture<Path> video = new CompletableFuture<>();
    SimTask t = task(null, video);
    assertEquals(new TaskState(TaskPhase.PROCESSING, 99, null), t.observe(at(20_000)));
    video.complete(Path.of("x.mp4"));
    assertEquals(TaskPhase.SUCCEEDED, t.observe(at(20_001)).phase());
  }

  @Test
  void aVideoThatCannotBeMadeFailsTheTask() {
    SimTask t = task(null, CompletableFuture.failedFuture(new IOException("no ffmpeg")));
    assertEquals(new TaskState(TaskPhase.FAILED, 100, FailureKind.INTERNAL), t.observe(at(10_000)));
  }

  @Test
  void plannedFailureHappensAtTheEnd() {
    SimTask t = task(FailureKind.MODERATION, null);
    assertEquals(TaskPhase.PROCESSING, t.observe(at(9000)).phase());
    assertEquals(FailureKind.MODERATION, t.observe(at(10_000)).failure());
  }

  @Test
  void cancelStopsARunningTaskForGood() {
    SimTask t = task(null, CompletableFuture.completedFuture(Path.of("x.mp4")));
    TaskState c = t.cancel(at(3000));
    assertEquals(TaskPhase.CANCELLED, c.phase());
    assertNull(c.failure());
    assertEquals(TaskPhase.CANCELLED, t.observe(at(60_000)).phase());
    assertEquals(TaskPhase.CANCELLED, t.cancel(at(61_000)).phase());
  }

  @Test
  void aFinishedTaskCannotBeCancelled() {
    SimTask t = task(null, CompletableFuture.completedFuture(Path.of("x.mp4")));
    assertEquals(TaskPhase.SUCCEEDED, t.cancel(at(10_000)).phase());
    assertEquals(TaskPhase.SUCCEEDED, t.observe(at(11_000)).phase());
  }

  @Test
  void terminalStateIsLatchedEvenIfReadWithAnEarlierClock() {
    SimTask t = task(null, CompletableFuture.completedFuture(Path.of("x.mp4")));
    t.observe(at(10_000));
    assertEquals(TaskPhase.SUCCEEDED, t.observe(at(0)).phase());
  }
}
