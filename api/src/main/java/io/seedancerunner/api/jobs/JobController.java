package io.seedancerunner.api.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.seedancerunner.api.security.Caller;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.security.TenantGuard;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.JobLinks;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;

/**
 * One job: {@code GET /v1/generations/{id}} (status), {@code POST .../cancel} (Temporal workflow
 * cancellation; the workflow then cancels at the provider where the dialect can), and
 * {@code GET .../video} (the MP4, with Range support). Unknown ids, and another tenant's jobs,
 * answer 404. Reading needs the {@code viewer} role, cancelling {@code submitter}.
 */
@Controller("/v1/generations")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class JobController {

  private final JobLookup lookup;
  private final JobLinks links;
  private final VideoResponder videos;
  private final TenantGuard guard;

  /** Wires the parts. */
  public JobController(JobLookup lookup, JobLinks links, VideoResponder videos, TenantGuard guard) {
    this.guard = guard;
    this.lookup = lookup;
    this.links = links;
    this.videos = videos;
  }

  /**
   * The answer to a cancel.
   *
   * @param jobId  the job id
   * @param status {@code CANCEL_REQUESTED}
   * @param links  where to follow the job
   */
  public record CancelAccepted(String jobId, String status, JobLinks.Links links) {}

  /**
   * @param id the job id
   * @return 200 with the job's status
   */
  @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
  @Secured(Role.VIEWER_NAME)
  public JobView status(@PathVariable String id, Authentication authentication) {
    guard.job(id, Caller.of(authentication));
    return lookup.find(id).map(job -> JobView.of(job, links.of(id))).orElseThrow(() -> ApiException.jobNotFound(id));
  }

  /**
   * @param id the job id
   * @return 202 when the cancellation was requested; 409 when the job already finished
   */
  @Post(value = "/{id}/cancel", produces = MediaType.APPLICATION_JSON, consumes = MediaType.ALL)
  @Secured(Role.SUBMITTER_NAME)
  public HttpResponse<CancelAccepted> cancel(@PathVariable String id, Authentication authentication) {
    guard.job(id, Caller.of(authentication));
    WorkflowExecutionDescription d = lookup.describe(id).orElseThrow(() -> ApiException.jobNotFound(id));
    if (d.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      throw finished(id, d.getStatus());
    }
    if (!lookup.cancel(id)) {
      throw finished(id, lookup.describe(id).map(WorkflowExecutionDescription::getStatus)
          .orElse(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_UNSPECIFIED));
    }
    return HttpResponse.status(HttpStatus.ACCEPTED).body(new CancelAccepted(id, "CANCEL_REQUESTED", links.of(id)));
  }

  /**
   * @param id    the job id
   * @param range the {@code Range} header, or null
   * @return 200 or 206 with the MP4; 409 while the job runs or when it ended without a clip
   */
  @Get(value = "/{id}/video", produces = {"video/mp4", MediaType.APPLICATION_JSON})
  @Secured(Role.VIEWER_NAME)
  public HttpResponse<?> video(@PathVariable String id, @Header(HttpHeaders.RANGE) @Nullable String range,
      Authentication authentication) {
    guard.job(id, Caller.of(authentication));
    JobLookup.Job job = lookup.find(id).orElseThrow(() -> ApiException.jobNotFound(id));
    if (job.result() != null && job.result().video() != null) {
      // Served as soon as the status query reports the clip, even if the workflow is still closing.
      return videos.respond(id, job.result().video().path(), range);
    }
    if (job.running()) {
      throw new ApiException(HttpStatus.CONFLICT, ApiError.of("not_finished",
          "job " + id + " is " + job.statusName() + "; the video is ready once its status is SUCCEEDED"));
    }
    String why = job.failure() == null ? job.statusName() : job.failure().summary();
    throw new ApiException(HttpStatus.CONFLICT, ApiError.of("no_video",
        "job " + id + " ended without a video (" + why + ")"));
  }

  private static ApiException finished(String id, WorkflowExecutionStatus status) {
    String state = status.name().replace("WORKFLOW_EXECUTION_STATUS_", "");
    return new ApiException(HttpStatus.CONFLICT, ApiError.of("already_finished",
        "job " + id + " already finished (" + state + "); there is nothing to cancel"));
  }
}
