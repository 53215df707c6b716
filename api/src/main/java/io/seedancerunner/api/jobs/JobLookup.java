package io.seedancerunner.api.jobs;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one job from Temporal: describe (does it exist, is it running), the {@code status} query
 * (needs a worker; a job is still shown without it), and for a closed workflow its result or
 * failure. Also requests cancellation, the one write on an existing job.
 */
@Singleton
public class JobLookup {

  private static final Logger LOG = LoggerFactory.getLogger(JobLookup.class);
  private static final String STATE_PREFIX = "WORKFLOW_EXECUTION_STATUS_";

  private final WorkflowClient client;

  /** @param client the worker module's {@code WorkflowClient} */
  public JobLookup(WorkflowClient client) {
    this.client = client;
  }

  /**
   * One job as the api shows it.
   *
   * @param jobId     the job id
   * @param state     the workflow execution status
   * @param status    the {@code status} query's answer, or null when no worker answered
   * @param result    the clip once the workflow completed, else null
   * @param failure   why a closed workflow ended without a clip, else null
   * @param startedAt when the workflow started
   * @param closedAt  when it closed, or null while running
   */
  public record Job(String jobId, WorkflowExecutionStatus state, JobStatus status, GenerationResult result,
      JobFailure failure, Instant startedAt, Instant closedAt) {

    /** @return true while the workflow runs */
    public boolean running() {
      return state == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    }

    /** @return the workflow state without Temporal's prefix: {@code RUNNING}, {@code COMPLETED}, ... */
    public String workflowState() {
      return state.name().startsWith(STATE_PREFIX) ? state.name().substring(STATE_PREFIX.length()) : state.name();
    }

    /**
     * @return the job's phase name from the query; for a workflow that closed without a clip the
     *     closed state decides ({@code FAILED}, {@code CANCELLED}, {@code TIMED_OUT}), since a
     *     terminated workflow's last phase would mislead; for a running workflow its phase, never a
     *     terminal one ({@code RUNNING} then); the workflow state when no worker answered
     */
    public String statusName() {
      switch (state) {
        case WORKFLOW_EXECUTION_STATUS_FAILED, WORKFLOW_EXECUTION_STATUS_TERMINATED -> {
          return status != null && status.phase().terminal() ? status.phase().name() : "FAILED";
        }
        case WORKFLOW_EXECUTION_STATUS_CANCELED -> {
          return "CANCELLED";
        }
        case WORKFLOW_EXECUTION_STATUS_TIMED_OUT -> {
          return "TIMED_OUT";
        }
        case WORKFLOW_EXECUTION_STATUS_COMPLETED -> {
          return "SUCCEEDED";
        }
        default -> {
          // A running workflow never shows a terminal phase, whatever its last query said.
          return status != null && !status.phase().terminal() ? status.phase().name() : workflowState();
        }
      }
    }
  }

  /**
   * @param jobId the job id
   * @return the workflow's description, or empty when no {@code GenerationWorkflow} has that id
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  public Optional<WorkflowExecutionDescription> describe(String jobId) {
    try {
      WorkflowExecutionDescription d = client.newUntypedWorkflowStub(jobId).describe();
      return GenerationWorkflow.TYPE.equals(d.getWorkflowType()) ? Optional.of(d) : Optional.empty();
    } catch (RuntimeException e) {
      if (isNotFound(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * @param jobId the job id
   * @return the job, or empty when no {@code GenerationWorkflow} has that id
   */
  public Optional<Job> find(String jobId) {
    return describe(jobId).map(d -> {
      JobStatus status = query(jobId);
      GenerationResult result = status != null && status.result() != null ? status.result() : null;
      JobFailure failure = null;
      WorkflowExecutionStatus state = d.getStatus();
      boolean running = state == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
      if (!running && (result == null || state != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED)) {
        WorkflowStub stub = client.newUntypedWorkflowStub(jobId);
        try {
          result = stub.getResult(5, TimeUnit.SECONDS, GenerationResult.class);
        } catch (WorkflowFailedException e) {
          failure = JobFailure.from(e);
        } catch (TimeoutException | RuntimeException e) {
          LOG.warn("could not read the outcome of job {}: {}", jobId, e.toString());
        }
      }
      return new Job(jobId, state, status, result, failure, d.getStartTime(), d.getCloseTime());
    });
  }

  /**
   * Requests Temporal workflow cancellation.
   *
   * @param jobId the job id
   * @return true when requested; false when the workflow closed meanwhile (or does not exist)
   */
  public boolean cancel(String jobId) {
    try {
      client.newUntypedWorkflowStub(jobId).cancel();
      return true;
    } catch (RuntimeException e) {
      if (isNotFound(e)) {
        return false;
      }
      throw e;
    }
  }

  /** @return the status query's answer, or null when no worker answers it */
  private JobStatus query(String jobId) {
    try {
      return client.newWorkflowStub(GenerationWorkflow.class, jobId).status();
    } catch (RuntimeException e) {
      LOG.debug("status query of job {} failed: {}", jobId, e.toString());
      return null;
    }
  }

  /** @return true when the error means "no such workflow" (or an id Temporal refuses outright) */
  public static boolean isNotFound(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof WorkflowNotFoundException) {
        return true;
      }
      if (t instanceof StatusRuntimeException s) {
        Status.Code code = s.getStatus().getCode();
        return code == Status.Code.NOT_FOUND || code == Status.Code.INVALID_ARGUMENT;
      }
    }
    return false;
  }
}
