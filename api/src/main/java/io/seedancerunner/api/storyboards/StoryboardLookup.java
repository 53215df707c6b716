package io.seedancerunner.api.storyboards;

import io.seedancerunner.api.jobs.JobFailure;
import io.seedancerunner.api.jobs.JobLookup;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.storyboard.StoryboardResult;
import io.seedancerunner.workflows.storyboard.StoryboardStatus;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one storyboard from Temporal: describe (is there a {@link StoryboardWorkflow} with that id,
 * is it running), its {@code status} query (needs a worker; the storyboard is still shown without
 * it), and for a closed workflow its result or failure.
 */
@Singleton
public class StoryboardLookup {

  private static final Logger LOG = LoggerFactory.getLogger(StoryboardLookup.class);

  private final WorkflowClient client;

  /** @param client the worker module's {@code WorkflowClient} */
  public StoryboardLookup(WorkflowClient client) {
    this.client = client;
  }

  /**
   * One storyboard as the api shows it.
   *
   * @param storyboardId the storyboard id (workflow id)
   * @param state        the workflow execution status
   * @param status       the {@code status} query's answer, or null when no worker answered
   * @param result       the result once the workflow completed, else null
   * @param failure      why a closed workflow ended without completing, else null
   * @param startedAt    when the workflow started
   * @param closedAt     when it closed, or null while running
   */
  public record Found(String storyboardId, WorkflowExecutionStatus state, StoryboardStatus status,
      StoryboardResult result, JobFailure failure, Instant startedAt, Instant closedAt) {

    /** @return true while the workflow runs */
    public boolean running() {
      return state == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    }
  }

  /**
   * @param storyboardId the id
   * @return the description, or empty when no {@link StoryboardWorkflow} has that id
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  public Optional<WorkflowExecutionDescription> describe(String storyboardId) {
    try {
      WorkflowExecutionDescription d = client.newUntypedWorkflowStub(storyboardId).describe();
      return StoryboardWorkflow.TYPE.equals(d.getWorkflowType()) ? Optional.of(d) : Optional.empty();
    } catch (RuntimeException e) {
      if (JobLookup.isNotFound(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * @param storyboardId the id
   * @return the storyboard, or empty when no {@link StoryboardWorkflow} has that id
   */
  public Optional<Found> find(String storyboardId) {
    return describe(storyboardId).map(d -> {
      StoryboardStatus status = query(storyboardId);
      StoryboardResult result = null;
      JobFailure failure = null;
      if (d.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
        WorkflowStub stub = client.newUntypedWorkflowStub(storyboardId);
        try {
          result = stub.getResult(5, TimeUnit.SECONDS, StoryboardResult.class);
        } catch (WorkflowFailedException e) {
          failure = JobFailure.from(e);
        } catch (TimeoutException | RuntimeException e) {
          LOG.warn("could not read the outcome of storyboard {}: {}", storyboardId, e.toString());
        }
      }
      return new Found(storyboardId, d.getStatus(), status, result, failure, d.getStartTime(), d.getCloseTime());
    });
  }

  /**
   * Requests Temporal workflow cancellation; the workflow cancels its generating shots.
   *
   * @param storyboardId the id
   * @return true when requested; false when the workflow closed meanwhile (or does not exist)
   */
  public boolean cancel(String storyboardId) {
    try {
      client.newUntypedWorkflowStub(storyboardId).cancel();
      return true;
    } catch (RuntimeException e) {
      if (JobLookup.isNotFound(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * @param jobId a shot take's clip job id
   * @return that {@code GenerationWorkflow}'s status query, or null when it does not answer
   */
  public JobStatus shotStatus(String jobId) {
    try {
      return client.newWorkflowStub(GenerationWorkflow.class, jobId).status();
    } catch (RuntimeException e) {
      LOG.debug("status query of shot job {} failed: {}", jobId, e.toString());
      return null;
    }
  }

  /** @return the status query's answer, or null when no worker answers it */
  private StoryboardStatus query(String storyboardId) {
    try {
      return client.newWorkflowStub(StoryboardWorkflow.class, storyboardId).status();
    } catch (RuntimeException e) {
      LOG.debug("status query of storyboard {} failed: {}", storyboardId, e.toString());
      return null;
    }
  }
}
