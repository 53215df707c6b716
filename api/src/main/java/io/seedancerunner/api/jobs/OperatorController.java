package io.seedancerunner.api.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Header;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.seedancerunner.workflows.catalog.FieldError;
import java.util.List;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.JobLinks;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An operator's decisions for a job in {@code UNKNOWN_SUBMIT} (a submit left and no answer came),
 * sent as Temporal Updates to its {@link GenerationWorkflow}:
 *
 * <ul>
 *   <li>{@code POST /v1/generations/{id}/adopt-task} with {@code {"providerTaskId":"..."}}: the
 *       lost submit created that task; the job follows it;</li>
 *   <li>{@code POST /v1/generations/{id}/resubmit}: submit again as a new attempt (a second
 *       provider task if the first one did exist).</li>
 * </ul>
 *
 * <p>Both answer 200 with the job's status once the job has left UNKNOWN_SUBMIT; 409 when the job
 * is in another phase (the Update's validator refused it, nothing changed); 400 for a missing or
 * blank task id; 404 for an unknown job (checked first). Operators only.
 */
@Controller("/v1/generations")
@Secured(Role.OPERATOR_NAME)
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OperatorController {

  private final WorkflowClient client;
  private final JobLookup lookup;
  private final JobLinks links;

  /** Wires the parts. */
  public OperatorController(WorkflowClient client, JobLookup lookup, JobLinks links) {
    this.client = client;
    this.lookup = lookup;
    this.links = links;
  }

  /**
   * @param id   the job id
   * @param body {@code {"providerTaskId":"..."}}
   * @return the job's status after the adoption
   */
  @Post(value = "/{id}/adopt-task", produces = MediaType.APPLICATION_JSON, consumes = MediaType.ALL)
  public JobView adoptTask(@PathVariable String id, @Nullable @Body byte[] body,
      @Header(HttpHeaders.CONTENT_TYPE) @Nullable String contentType) {
    lookup.describe(id).orElseThrow(() -> ApiException.jobNotFound(id));
    String text = RequestBodyReader.json(contentType, body);
    JsonNode task = text == null ? null : RequestBodyReader.read(text).get("providerTaskId");
    if (task == null || !task.isTextual() || task.textValue().isBlank()) {
      throw ApiException.invalid(List.of(new FieldError("providerTaskId",
          "providerTaskId is required: the provider's id (text) of the task the lost submit created",
          List.of("the provider's task id"))));
    }
    String taskId = task.textValue();
    return update(id, wf -> wf.adoptTask(taskId.strip()));
  }

  /**
   * @param id the job id
   * @return the job's status after the new submit
   */
  @Post(value = "/{id}/resubmit", produces = MediaType.APPLICATION_JSON, consumes = MediaType.ALL)
  public JobView resubmit(@PathVariable String id) {
    return update(id, GenerationWorkflow::resubmit);
  }

  private JobView update(String id, Consumer<GenerationWorkflow> update) {
    lookup.describe(id).orElseThrow(() -> ApiException.jobNotFound(id));
    try {
      update.accept(client.newWorkflowStub(GenerationWorkflow.class, id));
    } catch (WorkflowNotFoundException e) {
      throw ApiException.jobNotFound(id);
    } catch (WorkflowUpdateException e) {
      Throwable cause = e.getCause();
      String why = cause == null ? e.getMessage() : cause.getMessage();
      boolean badInput = why != null && why.contains("providerTaskId");
      throw new ApiException(badInput ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT,
          badInput ? ApiError.ofField("invalid_request", why, "providerTaskId", List.of())
              : ApiError.of("not_unknown_submit", why));
    }
    return lookup.find(id).map(job -> JobView.of(job, links.of(id))).orElseThrow(() -> ApiException.jobNotFound(id));
  }
}
