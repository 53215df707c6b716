package io.seedancerunner.workflows.generation;

import static io.seedancerunner.workflows.generation.Harness.receipt;
import static io.seedancerunner.workflows.generation.Harness.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.api.common.v1.Payload;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The UNKNOWN_SUBMIT phase (issue 3, "Safe submits"): an ambiguous submit is never repeated on its
 * own; it is reconciled where the dialect allows, else decided by an operator's Update.
 */
class UnknownSubmitTest {

  private final Harness h = new Harness();

  @AfterEach
  void close() {
    h.close();
  }

  private void ambiguousFirstSubmit() {
    when(h.provider.submit(anyString(), anyInt(), any()))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("read timeout after the request left",
            Failures.AMBIGUOUS_SUBMIT))
        .thenReturn(new io.seedancerunner.workflows.model.SubmitReceipt("task-2", TaskState.QUEUED, 10, 40.0, true));
  }

  private void reconcileAnswers(Reconciliation r) {
    when(h.provider.reconcile(anyString(), anyInt(), any(), anyLong(), anyLong())).thenReturn(r);
  }

  private String phaseAttribute(String jobId) {
    Payload p = h.client.getWorkflowServiceStubs().blockingStub().describeWorkflowExecution(
        io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest.newBuilder()
            .setNamespace(h.env.getNamespace())
            .setExecution(io.temporal.api.common.v1.WorkflowExecution.newBuilder().setWorkflowId(jobId))
            .build()).getWorkflowExecutionInfo().getSearchAttributes().getIndexedFieldsOrThrow(
                SearchAttributes.PHASE.getName());
    return DefaultDataConverter.STANDARD_INSTANCE.fromPayload(p, String.class, String.class);
  }

  @Test
  void unsupportedDialectWaitsVisiblyForAnOperatorWhoAdoptsTheTask() throws Exception {
    ambiguousFirstSubmit();
    reconcileAnswers(Reconciliation.unsupported("open-api"));
    when(h.provider.status(Harness.PROVIDER, "task-found-by-hand")).thenReturn(
        new io.seedancerunner.workflows.model.TaskSnapshot("task-found-by-hand", TaskState.SUCCEEDED, "succeeded",
            100, "http://cdn/x.mp4", null, null, 40.0));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);

    GenerationWorkflow wf = h.start("job-unknown-adopt");
    JobStatus waiting = h.awaitStatus(wf,
        st -> st.phase() == Phase.UNKNOWN_SUBMIT && String.valueOf(st.lastError()).contains("UNSUPPORTED"));
    assertTrue(waiting.lastError().contains("UNSUPPORTED"), waiting.lastError());
    assertEquals("UNKNOWN_SUBMIT", phaseAttribute("job-unknown-adopt"));

    JobStatus after = wf.adoptTask("task-found-by-hand");

    assertEquals("task-found-by-hand", after.providerTaskId());
    GenerationResult result = Harness.untyped(wf).getResult(GenerationResult.class);
    assertEquals("task-found-by-hand", result.providerTaskId());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
    verify(h.provider, times(1)).reconcile(anyString(), anyInt(), any(), anyLong(), anyLong());
    assertEquals("SUCCEEDED", phaseAttribute("job-unknown-adopt"));
  }

  @Test
  void resubmitIsANewAttemptWithANewKey() throws Exception {
    ambiguousFirstSubmit();
    reconcileAnswers(Reconciliation.unsupported("openai-videos"));
    when(h.provider.status(Harness.PROVIDER, "task-2")).thenReturn(new io.seedancerunner.workflows.model.TaskSnapshot(
        "task-2", TaskState.SUCCEEDED, "SUCCESS", 100, "http://cdn/2.mp4", null, null, 40.0));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);

    GenerationWorkflow wf = h.start("job-unknown-resubmit");
    h.awaitPhase(wf, Phase.UNKNOWN_SUBMIT);
    wf.resubmit();

    GenerationResult result = Harness.untyped(wf).getResult(GenerationResult.class);
    assertEquals("task-2", result.providerTaskId());
    verify(h.provider).submit("job-unknown-resubmit", 1, Harness.request());
    verify(h.provider).submit("job-unknown-resubmit", 2, Harness.request());
  }

  @Test
  void aFoundTaskIsAdoptedWithoutAnOperatorAndWithoutASecondSubmit() {
    ambiguousFirstSubmit();
    reconcileAnswers(new Reconciliation(Reconciliation.Outcome.FOUND,
        receipt(30, true), "ark list: one task with this prompt"));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);

    GenerationResult result = Harness.untyped(h.start("job-unknown-found")).getResult(GenerationResult.class);

    assertEquals("task-1", result.providerTaskId());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
  }

  @Test
  void withoutADecisionTheJobFailsAtItsDeadlineAfterFiveLookups() {
    ambiguousFirstSubmit();
    reconcileAnswers(new Reconciliation(Reconciliation.Outcome.NOT_FOUND, null, "no task with this prompt"));
    long start = h.env.currentTimeMillis();

    GenerationWorkflow wf = h.start("job-unknown-deadline", new WaitPolicy(3600, 5, 60, 10, 1.5, 30));
    WorkflowFailedException e = assertThrows(WorkflowFailedException.class,
        () -> Harness.untyped(wf).getResult(GenerationResult.class));

    assertEquals(Failures.AMBIGUOUS_SUBMIT, ((ApplicationFailure) e.getCause()).getType());
    assertTrue(h.env.currentTimeMillis() - start >= 3_600_000);
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
    verify(h.provider, times(UnknownSubmit.CHECKS)).reconcile(anyString(), anyInt(), any(), anyLong(), anyLong());
    verify(h.provider, never()).status(anyString(), anyString());
    assertEquals(Phase.FAILED, wf.status().phase());
  }

  @Test
  void operatorUpdatesAreRefusedOutsideUnknownSubmit() throws Exception {
    when(h.provider.submit(anyString(), anyInt(), any())).thenReturn(receipt(600, true));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.RUNNING));

    GenerationWorkflow wf = h.start("job-not-unknown");
    h.awaitPhase(wf, Phase.WAITING);

    WorkflowUpdateException adopt = assertThrows(WorkflowUpdateException.class, () -> wf.adoptTask("task-9"));
    assertTrue(String.valueOf(adopt.getCause().getMessage()).contains("UNKNOWN_SUBMIT"), adopt.getCause().getMessage());
    assertThrows(WorkflowUpdateException.class, wf::resubmit);
    assertEquals("task-1", wf.status().providerTaskId());
    verify(h.provider, times(1)).submit(anyString(), anyInt(), any());
    Harness.untyped(wf).cancel();
  }

  @Test
  void rateLimitedSubmitsWaitOutEveryRetryAfterWithoutFailingTheJob() {
    ApplicationFailure rateLimited = ApplicationFailure.newBuilder()
        .setMessage("429 rate_limited").setType(Failures.PROVIDER_TRANSIENT)
        .setNextRetryDelay(java.time.Duration.ofSeconds(30)).build();
    when(h.provider.submit(anyString(), anyInt(), any()))
        .thenThrow(rateLimited, rateLimited, rateLimited, rateLimited, rateLimited, rateLimited, rateLimited)
        .thenReturn(receipt(10, false));
    when(h.provider.status(Harness.PROVIDER, "task-1")).thenReturn(snapshot(TaskState.SUCCEEDED));
    when(h.download.download(any())).thenReturn(Harness.VIDEO);
    long start = h.env.currentTimeMillis();

    GenerationResult result = Harness.untyped(h.start("job-429-storm")).getResult(GenerationResult.class);

    assertEquals(8, result.attempts());
    assertTrue(h.env.currentTimeMillis() - start >= 7 * 30_000L);
    verify(h.provider, times(8)).submit(eq("job-429-storm"), eq(1), any());
  }
}
