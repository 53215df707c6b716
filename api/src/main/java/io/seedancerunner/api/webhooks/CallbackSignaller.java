package io.seedancerunner.api.webhooks;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import jakarta.inject.Singleton;

/** Sends the {@code providerCallback} signal to a job's workflow. */
@Singleton
public class CallbackSignaller {

  private final WorkflowClient client;

  /** @param client the worker module's {@code WorkflowClient} */
  public CallbackSignaller(WorkflowClient client) {
    this.client = client;
  }

  /**
   * @param jobId    the job id (workflow id)
   * @param callback what the webhook said
   * @return true when signalled; false when no running workflow has that id (unknown or finished)
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  public boolean signal(String jobId, ProviderCallback callback) {
    try {
      client.newWorkflowStub(GenerationWorkflow.class, jobId).providerCallback(callback);
      return true;
    } catch (RuntimeException e) {
      if (notRunning(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * @param jobId  the job id
   * @param taskId the provider task id a callback names, or null
   * @return true when the job already follows another provider task than {@code taskId} (a
   *     callback for an earlier attempt's task, or a forged one): it must change nothing. False
   *     when they match, when either is unknown, or when no worker answers the status query.
   */
  public boolean namesAnotherTask(String jobId, String taskId) {
    if (taskId == null) {
      return false;
    }
    try {
      String current = client.newWorkflowStub(GenerationWorkflow.class, jobId).status().providerTaskId();
      return current != null && !current.equals(taskId);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean notRunning(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof WorkflowNotFoundException) {
        return true;
      }
      if (t instanceof StatusRuntimeException s) {
        Status.Code c = s.getStatus().getCode();
        return c == Status.Code.NOT_FOUND || c == Status.Code.INVALID_ARGUMENT;
      }
    }
    return false;
  }
}
