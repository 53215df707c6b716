package io.seedancerunner.workflows.generation;

import static io.seedancerunner.workflows.generation.Harness.receipt;
import static io.seedancerunner.workflows.generation.Harness.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobPolicy;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clip job decides from the adapter's {@link ProviderOutcome}, one test per outcome class:
 * which outcomes lead to a new (paid) task, which end the job, and what the job shows meanwhile.
 * Time-skipping test environment, activities mocked.
 */
class ProviderOutcomeWorkflowTest {

  private final Harness h = new Harness();

  @AfterEach
  void close() {
    h.close();
  }

  /** Starts a job that may make three attempts. */
  private GenerationWorkflow start(String jobId) {
    GenerationWorkflow wf = h.client.newWorkflowStub(GenerationWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(jobId).setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(wf::run, new GenerationInput(jobId, Harness.request(), WaitPolicy.defaults(),
        new JobPolicy(null, 3, List.of())));
    return wf;
  }

  private static GenerationResult result(GenerationWorkflow wf) {
    return Harness.untyped(wf).getResult(GenerationResult.class);
  }

  private static ApplicationFailure failure(GenerationWorkflow wf) {
    WorkflowFailedException e = assertThrows(WorkflowFailedException.class, () -> result(wf));
    return assertInstanceOf(ApplicationFailure.class, e.getCause());
  }

  private static ApplicationFailure refusal(ProviderOutcome outcome) {
    return ApplicationFailure.newBuilder().setType(outcome.type()).setMessage("acct answered: " + outcome)
        .setDetails("code", 400).setNonRetryable(true).build();
  }

  private static TaskSnapshot failed(ProviderOutcome outcome, String code) {
    return new TaskSnapshot("task-1", TaskState.FAILED, "failed", null, null, code, "it failed", 0.0, null, outcome);
  }

  @Test
  void transientSubmitIsRepeatedWithinTheAttempt() {
    when(h.provider.submit(anyString(), anyInt(), any()))
        .thenThrow(ApplicationFailure.newFailure("503 busy", Failures.PROVIDER_TRANSIENT, "busy", 503))
        .thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);

    assertEquals(2, result(start("job-transient")).attempts(), "one refused submit, then one accepted");
    verify(h.provider, times(2)).submit(anyString(), anyInt(), any());
  }

  @Test
  void rateLimitedSubmitWaitsItsRetryAfter() {
    when(h.provider.submit(anyString(), anyInt(), any()))
        .thenThrow(ApplicationFailure.newBuilder().setType(Failures.PROVIDER_RATE_LIMITED).setMessage("429")
            .setDetails("rate_limited", 429).setNextRetryDelay(Duration.ofSeconds(37)).build())
        .thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);
    long start = h.env.currentTimeMillis();

    result(start("job-429"));

    assertTrue(h.env.currentTimeMillis() - start >= 37_000, "the Retry-After was honoured");
    verify(h.provider, times(2)).submit(anyString(), anyInt(), any());
  }

  @Test
  void inputRejectedEndsTheJobWithoutAnotherTask() {
    assertSubmitRefusalIsFinal(ProviderOutcome.INPUT_REJECTED);
  }

  @Test
  void moderatedSubmitEndsTheJobWithoutAnotherTask() {
    assertSubmitRefusalIsFinal(ProviderOutcome.MODERATED);
  }

  @Test
  void insufficientCreditsEndsTheJobWithoutAnotherTask() {
    assertSubmitRefusalIsFinal(ProviderOutcome.INSUFFICIENT_CREDITS);
  }

  private void assertSubmitRefusalIsFinal(ProviderOutcome outcome) {
    when(h.provider.submit(anyString(), anyInt(), any())).thenThrow(refusal(outcome));
    GenerationWorkflow wf = start("job-" + outcome);

    assertEquals(outcome.type(), failure(wf).getType());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
    assertEquals(Phase.FAILED, wf.status().phase());
  }

  @Test
  void moderatedTaskIsNotRetriedAndItsErrorReadsCodeColonMessage() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(failed(ProviderOutcome.MODERATED,
        "content_policy_violation"));
    GenerationWorkflow wf = start("job-moderated");

    assertEquals(Failures.PROVIDER_MODERATED, failure(wf).getType());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
    assertEquals("content_policy_violation: it failed", wf.status().lastError());
  }

  @Test
  void aTaskWithoutACodeReadsItsStatusWordAsTheCode() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(failed(ProviderOutcome.TASK_FAILED_FINAL, null));
    GenerationWorkflow wf = start("job-final");

    assertEquals(Failures.PROVIDER_TASK_FAILED_FINAL, failure(wf).getType());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
    assertEquals("failed: it failed", wf.status().lastError(), "never 'null: ...'");
  }

  @Test
  void retryableTaskFailureMakesANewTaskAndTheJobNeverLooksEndedMeanwhile() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1"))
        .thenReturn(failed(ProviderOutcome.TASK_FAILED_RETRYABLE, "internal_error"), snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);
    GenerationWorkflow wf = start("job-retry");

    // Past the first poll (30 s), into the 10 s pause between attempts; time does not skip
    // while the test only queries, so the job sits in that pause.
    h.env.sleep(Duration.ofSeconds(35));
    JobStatus between = h.awaitStatus(wf, s -> s.lastError() != null && s.lastError().startsWith("attempt 1 failed"));
    assertFalse(between.phase().terminal(), "between attempts the job shows " + between.phase());
    result(wf);

    verify(h.provider, times(2)).submit(anyString(), anyInt(), any());
    assertEquals(Phase.SUCCEEDED, wf.status().phase());
    assertNull(wf.status().lastError(), "lastError clears when the job succeeds");
  }

  @Test
  void refusedLinkIsReplacedByAFreshLinkOfTheSameTask() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
    when(h.provider.freshLink(Harness.PROVIDER, "task-1")).thenReturn("http://cdn/task-1-fresh.mp4");
    when(h.download.download(any()))
        .thenThrow(refusal(ProviderOutcome.LINK_REFUSED))
        .thenReturn(Harness.VIDEO);

    GenerationResult r = result(start("job-fresh-link"));

    assertEquals(Harness.VIDEO, r.video());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
    verify(h.download).download(argThat(d -> "http://cdn/task-1-fresh.mp4".equals(d.url())));
  }

  @Test
  void refusedLinkWithoutAFreshOneEndsUndeliveredWithOneTask() {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(30, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
    when(h.provider.freshLink(Harness.PROVIDER, "task-1")).thenReturn(null);
    when(h.download.download(any())).thenThrow(refusal(ProviderOutcome.LINK_REFUSED));
    GenerationWorkflow wf = start("job-undelivered");

    ApplicationFailure f = failure(wf);

    assertEquals(Failures.UNDELIVERED, f.getType());
    assertTrue(f.getOriginalMessage().contains("task task-1"), f.getOriginalMessage());
    assertEquals(Phase.UNDELIVERED, wf.status().phase());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
  }

  @Test
  void ambiguousSubmitIsNeverRepeated() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenThrow(refusal(ProviderOutcome.AMBIGUOUS));
    when(h.provider.reconcile(anyString(), anyInt(), any(), anyLong(), anyLong()))
        .thenReturn(Reconciliation.unsupported("open-api"));
    GenerationWorkflow wf = start("job-ambiguous");

    h.awaitPhase(wf, Phase.UNKNOWN_SUBMIT);

    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
    Harness.untyped(wf).terminate("test over");
  }
}
