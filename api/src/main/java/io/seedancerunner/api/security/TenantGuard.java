package io.seedancerunner.api.security;

import io.seedancerunner.api.config.ApiSettings;
import io.micronaut.http.HttpStatus;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.JobIds;
import io.seedancerunner.api.jobs.JobLookup;
import io.seedancerunner.api.storyboards.StoryboardLookup;
import io.temporal.client.WorkflowExecutionDescription;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Keeps tenants apart: a job or storyboard belongs to the tenant recorded in its workflow memo
 * ({@link JobIds#MEMO_TENANT}, written when the api starts it; a workflow without one belongs to
 * {@code seedance.default-tenant}). Another tenant's object answers 404 exactly as a missing one,
 * so ids reveal nothing; an operator sees every tenant's.
 */
@Singleton
public class TenantGuard {

  private final JobLookup jobs;
  private final StoryboardLookup storyboards;
  private final String defaultTenant;

  /** Wires the parts. */
  public TenantGuard(JobLookup jobs, StoryboardLookup storyboards, ApiSettings settings) {
    this.jobs = jobs;
    this.storyboards = storyboards;
    this.defaultTenant = settings.defaultTenant();
  }

  /**
   * @param jobId  a job id
   * @param caller who asks
   * @throws ApiException 404 {@code not_found} when there is no such job, or it is another tenant's
   */
  public void job(String jobId, Caller caller) {
    if (!visible(jobs.describe(jobId), caller)) {
      throw ApiException.jobNotFound(jobId);
    }
  }

  /**
   * @param storyboardId a storyboard id
   * @param caller       who asks
   * @throws ApiException 404 {@code not_found} when there is no such storyboard, or it is another
   *     tenant's
   */
  public void storyboard(String storyboardId, Caller caller) {
    if (!visible(storyboards.describe(storyboardId), caller)) {
      throw ApiException.storyboardNotFound(storyboardId);
    }
  }

  /**
   * A storyboard id names one workflow for every tenant, so a tenant cannot start (or run again)
   * a storyboard under an id another tenant holds.
   *
   * @param storyboardId the id a {@code POST /v1/storyboards?id=} asks for
   * @param caller       who asks
   * @throws ApiException 409 {@code storyboard_id_taken} when another tenant's storyboard has it
   *     (the answer names no tenant)
   */
  public void storyboardIdFree(String storyboardId, Caller caller) {
    Optional<WorkflowExecutionDescription> d = storyboards.describe(storyboardId);
    if (d.isPresent() && !caller.sees(owner(d.get()))) {
      throw new ApiException(HttpStatus.CONFLICT, ApiError.ofField("storyboard_id_taken",
          "the storyboard id '" + storyboardId + "' is taken; choose another id", "id", List.of()));
    }
  }

  /**
   * @param description a workflow's description
   * @return the tenant that owns it
   */
  public String owner(WorkflowExecutionDescription description) {
    Object tenant = description.getMemo(JobIds.MEMO_TENANT, String.class);
    return tenant instanceof String s ? s : defaultTenant;
  }

  private boolean visible(Optional<WorkflowExecutionDescription> d, Caller caller) {
    return d.isPresent() && caller.sees(owner(d.get()));
  }
}
