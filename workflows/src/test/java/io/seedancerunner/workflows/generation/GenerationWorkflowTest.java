package io.seedancerunner.workflows.generation;

import static io.seedancerunner.workflows.generation.Harness.receipt;
import static io.seedancerunner.workflows.generation.Harness.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GenerationWorkflow under Temporal's time-skipping test environment, activities mocked. */
class GenerationWorkflowTest {

  private final Harness h = new Harness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void webhookWakesTheWaitBeforeTheFirstPoll() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(600, true));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
    java.util.concurrent.atomic.AtomicLong downloadedAt = new java.util.concurrent.atomic.AtomicLong();
    when(h.download.download(any())).thenAnswer(inv -> {
      downloadedAt.set(h.env.currentTimeMillis());
      return Harness.VIDEO;
    });
    long start = h.env.currentTimeMillis();

    GenerationWorkflow wf = h.start("job-webhook");
    JobStatus waiting = h.awaitPhase(wf, Phase.WAITING);
    assertEquals("task-1", waiting.providerTaskId());
    assertEquals(start + 600_000, waiting.nextPollAt(), 5_000, "first poll at the provider's hint");
    wf.providerCallback(new ProviderCallback("e1", "task-1", "succeeded"));
    GenerationResult result = Harness.untyped(wf).getResult(GenerationResult.class);

    assertEquals(Harness.VIDEO, result.video());
    assertEquals("task-1", result.providerTaskId());
    assertEquals(1, result.polls());
    assertEquals(1, result.callbacks());
    assertEquals(1, result.attempts());
    // Measured at the download: after the workflow ends the test server may skip far ahead.
    assertTrue(downloadedAt.get() - start < 600_000, "woke before the first poll timer");
    assertEquals(Phase.SUCCEEDED, wf.status().phase());
  }

  @Test
  void pollOnlyPathBacksOffUntilDone() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(
        snapshot(TaskState.QUEUED), snapshot(TaskState.RUNNING), snapshot(TaskState.SUCCEEDED));
    java.util.concurrent.atomic.AtomicLong downloadedAt = new java.util.concurrent.atomic.AtomicLong();
    when(h.download.download(any())).thenAnswer(inv -> {
      downloadedAt.set(h.env.currentTimeMillis());
      return Harness.VIDEO;
    });
    long start = h.env.currentTimeMillis();

    GenerationResult result = Harness.untyped(h.start("job-poll")).getResult(GenerationResult.class);

    assertEquals(3, result.polls());
    assertEquals(0, result.callbacks());
    // 30 s hint, then 8 % of it (2.4 s, raised to the 5 s floor), then 8 s (x1.5): 43 s.
    assertEquals(43_000, downloadedAt.get() - start, 1_000);
  }

  @Test
  void earlyOrForgedWebhookKeepsWaitingUntilTheStatusSaysDone() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(120, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(
        snapshot(TaskState.RUNNING), snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);

    GenerationWorkflow wf = h.start("job-early");
    h.awaitPhase(wf, Phase.WAITING);
    wf.providerCallback(new ProviderCallback("forged", "task-1", "succeeded"));
    JobStatus afterPoll = h.awaitStatus(wf, s -> s.polls() == 1);
    assertEquals(Phase.WAITING, afterPoll.phase(), "a callback alone never finishes the job");
    wf.providerCallback(new ProviderCallback("forged", "task-1", "succeeded"));
    wf.providerCallback(new ProviderCallback("other", "task-999", "succeeded"));
    GenerationResult result = Harness.untyped(wf).getResult(GenerationResult.class);

    assertEquals(2, result.polls(), "duplicate and foreign callbacks trigger no extra poll");
    assertEquals(2, result.callbacks());
    verify(h.download, times(1)).download(any());
  }

  @Test
  void callbacksNeverMakePollsCloserThanTheMinimum() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(300, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(
        snapshot(TaskState.RUNNING), snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);

    GenerationWorkflow wf = h.start("job-spam");
    h.awaitPhase(wf, Phase.WAITING);
    wf.providerCallback(new ProviderCallback("a", "task-1", "processing"));
    h.awaitStatus(wf, s -> s.polls() == 1);
    long firstPoll = h.env.currentTimeMillis();
    wf.providerCallback(new ProviderCallback("b", "task-1", "succeeded"));
    Harness.untyped(wf).getResult(GenerationResult.class);

    assertTrue(h.env.currentTimeMillis() - firstPoll >= 5_000, "second poll waited the 5 s floor");
  }

  @Test
  void providerFailureFailsWithTheProvidersCodeAndMessage() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(20, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.FAILED));

    GenerationWorkflow wf = h.start("job-fail");
    WorkflowFailedException e = assertThrows(WorkflowFailedException.class,
        () -> Harness.untyped(wf).getResult(GenerationResult.class));

    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, e.getCause());
    assertEquals(Failures.PROVIDER_TASK_FAILED, cause.getType());
    assertEquals("content_moderation", cause.getDetails().get(0, String.class));
    assertTrue(cause.getOriginalMessage().contains("the prompt was refused"));
    assertEquals(Phase.FAILED, wf.status().phase());
    verify(h.download, never()).download(any());
  }

  @Test
  void cancelCancelsAtTheProvider() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(300, true));
    when(h.provider.cancel(Harness.PROVIDER, "task-1")).thenReturn(true);

    GenerationWorkflow wf = h.start("job-cancel");
    h.awaitPhase(wf, Phase.WAITING);
    Harness.untyped(wf).cancel();
    WorkflowFailedException e = assertThrows(WorkflowFailedException.class,
        () -> Harness.untyped(wf).getResult(GenerationResult.class));

    assertInstanceOf(CanceledFailure.class, e.getCause());
    verify(h.provider).cancel(Harness.PROVIDER, "task-1");
    verify(h.provider, never()).status(anyString(), anyString());
  }

  @Test
  void deadlineEndsTheWaitWithATimeoutFailure() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(60, true));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.RUNNING));
    WaitPolicy policy = new WaitPolicy(600, 5, 60, 10, 1.5, 30);
    long start = h.env.currentTimeMillis();

    GenerationWorkflow wf = h.start("job-deadline", policy);
    WorkflowFailedException e = assertThrows(WorkflowFailedException.class,
        () -> Harness.untyped(wf).getResult(GenerationResult.class));

    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, e.getCause());
    assertEquals(Failures.DEADLINE_EXCEEDED, cause.getType());
    assertTrue(h.env.currentTimeMillis() - start >= 600_000);
    assertEquals(Phase.TIMED_OUT, wf.status().phase());
    verify(h.provider).cancel(Harness.PROVIDER, "task-1");
  }

  @Test
  void transientSubmitFailureIsRetriedNoSoonerThanRetryAfter() {
    ApplicationFailure rateLimited = ApplicationFailure.newBuilder()
        .setMessage("429 rate_limited").setType(Failures.PROVIDER_TRANSIENT)
        .setNextRetryDelay(Duration.ofSeconds(20)).build();
    when(h.provider.submit(anyString(), anyInt(), any())).thenThrow(rateLimited).thenReturn(receipt(10, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);
    long start = h.env.currentTimeMillis();

    GenerationResult result = Harness.untyped(h.start("job-429")).getResult(GenerationResult.class);

    assertEquals(2, result.attempts());
    assertTrue(h.env.currentTimeMillis() - start >= 30_000, "20 s Retry-After, then the 10 s hint");
  }

  @Test
  void rejectedSubmitFailsWithoutRetry() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenThrow(ApplicationFailure.newNonRetryableFailure(
        "402 insufficient_credits", Failures.PROVIDER_REJECTED, "insufficient_credits", 402));

    GenerationWorkflow wf = h.start("job-402");
    WorkflowFailedException e = assertThrows(WorkflowFailedException.class,
        () -> Harness.untyped(wf).getResult(GenerationResult.class));

    assertEquals(Failures.PROVIDER_REJECTED, ((ApplicationFailure) e.getCause()).getType());
    assertEquals(Phase.FAILED, wf.status().phase());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
  }
}
