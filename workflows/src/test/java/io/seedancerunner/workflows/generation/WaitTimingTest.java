package io.seedancerunner.workflows.generation;

import static io.seedancerunner.workflows.generation.Harness.receipt;
import static io.seedancerunner.workflows.generation.Harness.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 14's waits under time skipping: callbacks, the poll floor on retries, learned first polls. */
class WaitTimingTest {

  private final Harness h = new Harness();
  private final AtomicLong downloadedAt = new AtomicLong();

  @AfterEach
  void close() {
    h.close();
  }

  private void downloadNotesTheTime() {
    when(h.download.download(any())).thenAnswer(inv -> {
      downloadedAt.set(h.env.currentTimeMillis());
      return Harness.VIDEO;
    });
  }

  @Test
  void theRealCallbackAfterAnEarlyOneIsDownloadedWithinASecond() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(300, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(
        snapshot(TaskState.RUNNING), snapshot(TaskState.SUCCEEDED));
    downloadNotesTheTime();

    GenerationWorkflow wf = h.start("job-early-then-real");
    h.awaitPhase(wf, Phase.WAITING);
    wf.providerCallback(new ProviderCallback("early", "task-1", "succeeded"));
    h.awaitStatus(wf, s -> s.polls() == 1);
    h.env.sleep(Duration.ofSeconds(7));
    long realAt = h.env.currentTimeMillis();
    wf.providerCallback(new ProviderCallback("real", "task-1", "succeeded"));
    GenerationResult result = Harness.untyped(wf).getResult(GenerationResult.class);

    assertEquals(2, result.polls());
    assertTrue(downloadedAt.get() - realAt < 1_000,
        "downloaded " + (downloadedAt.get() - realAt) + " ms after the real callback");
  }

  @Test
  void aCallbackInsideTheFloorMovesThePollToTheFloorAndIsNotDropped() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(300, false));
    downloadNotesTheTime();

    List<Long> reads = new CopyOnWriteArrayList<>();
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenAnswer(inv -> {
      reads.add(h.env.currentTimeMillis());
      return snapshot(reads.size() == 1 ? TaskState.RUNNING : TaskState.SUCCEEDED);
    });
    GenerationWorkflow wf = h.start("job-inside-floor");
    h.awaitPhase(wf, Phase.WAITING);
    wf.providerCallback(new ProviderCallback("early", "task-1", "succeeded"));
    h.awaitStatus(wf, s -> s.polls() == 1);
    h.env.sleep(Duration.ofSeconds(1));
    wf.providerCallback(new ProviderCallback("real", "task-1", "succeeded"));
    Harness.untyped(wf).getResult(GenerationResult.class);

    long poll = reads.get(1) - reads.get(0);
    long after = downloadedAt.get() - reads.get(0);
    // The floor runs from the first read's scheduling; its start here may lag that by a few ms.
    assertTrue(poll >= 4_950 && after < 6_000, "polled " + poll + " ms and downloaded " + after
        + " ms after the early poll: at the 5 s floor, the real callback not dropped");
  }

  @Test
  void aRetriedStatusReadNeverComesCloserThanTheFloor() {
    WaitPolicy eightSecondFloor = new WaitPolicy(7200, 8, 60, 10, 1.5, 30);
    List<Long> reads = new CopyOnWriteArrayList<>();
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenAnswer(inv -> {
      reads.add(h.env.currentTimeMillis());
      if (reads.size() <= 3) {
        throw ApplicationFailure.newFailure("HTTP 503", Failures.PROVIDER_TRANSIENT);
      }
      return snapshot(TaskState.SUCCEEDED);
    });
    downloadNotesTheTime();

    Harness.untyped(h.start("job-retries", eightSecondFloor)).getResult(GenerationResult.class);

    assertEquals(4, reads.size());
    for (int i = 1; i < reads.size(); i++) {
      assertTrue(reads.get(i) - reads.get(i - 1) >= 8_000, "reads " + reads);
    }
  }

  @Test
  void theFirstPollMovesFromTheStaticTableToTheLearnedEstimateAfterTwentyJobs() throws Exception {
    java.util.Map<String, Long> submittedAt = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicReference<String> current = new java.util.concurrent.atomic.AtomicReference<>();
    when(h.provider.submit(anyString(), anyInt(), any())).thenAnswer(inv -> {
      submittedAt.put(inv.getArgument(0), h.env.currentTimeMillis());
      current.set(inv.getArgument(0));
      return receipt(null, false);
    });
    // Every task takes 60 s of generation.
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenAnswer(inv ->
        snapshot(h.env.currentTimeMillis() - submittedAt.get(current.get()) >= 60_000
            ? TaskState.SUCCEEDED : TaskState.RUNNING));
    downloadNotesTheTime();
    long probe = PollSchedule.probeDelaySeconds(Harness.request(), WaitPolicy.defaults());
    assertEquals(Math.round(PollSchedule.estimateSeconds(Harness.request()) * 0.1), probe, "10 % of the static table");

    for (int n = 1; n <= PollEstimateActivities.MIN_SAMPLES; n++) {
      assertEquals(probe, firstPollSeconds("job-" + n), 1.0, "job " + n + " has too little data: the static table's probe");
    }
    String key = PollEstimateActivities.key(Harness.request());
    assertEquals(PollEstimateActivities.MIN_SAMPLES, h.estimates.series.get(key).size());
    long learned = firstPollSeconds("job-learned");
    // Polls at 14, 24, 39, 61 s saw the task running at 39 s and done at 61 s: it learns their middle.
    assertTrue(learned >= 39 && learned <= 62, "first poll at the learned time (truth 60 s), was " + learned);
  }

  private long firstPollSeconds(String jobId) throws Exception {
    long start = h.env.currentTimeMillis();
    GenerationWorkflow wf = h.start(jobId);
    JobStatus waiting = h.awaitStatus(wf, s -> s.phase() == Phase.WAITING && s.nextPollAt() != null);
    Harness.untyped(wf).getResult(GenerationResult.class);
    return Math.round((waiting.nextPollAt() - start) / 1000.0);
  }
}
