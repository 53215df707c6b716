package io.seedancerunner.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The phase the api shows is never terminal while the workflow runs, and the closed state decides after. */
class JobPhaseTest {

  private static JobStatus status(Phase phase) {
    return new JobStatus(phase, "acct", "task-1", "failed", 0, null, 1, 1, 0, "internal_error: boom", null, null,
        List.of(), null, null);
  }

  private static JobLookup.Job job(WorkflowExecutionStatus state, Phase phase) {
    return new JobLookup.Job("job-1", state, status(phase), null, null, Instant.EPOCH, null);
  }

  @ParameterizedTest
  @EnumSource(Phase.class)
  void aRunningWorkflowNeverShowsATerminalPhase(Phase phase) {
    String shown = job(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING, phase).statusName();
    assertEquals(phase.terminal() ? "RUNNING" : phase.name(), shown);
  }

  @ParameterizedTest
  @EnumSource(value = Phase.class, names = {"FAILED", "UNDELIVERED", "TIMED_OUT"})
  void aFailedWorkflowShowsItsTerminalPhase(Phase phase) {
    assertEquals(phase.name(), job(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_FAILED, phase).statusName());
  }
}
