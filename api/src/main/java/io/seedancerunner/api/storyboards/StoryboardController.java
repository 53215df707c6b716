package io.seedancerunner.api.storyboards;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.seedancerunner.api.security.Caller;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.security.TenantGuard;
import io.seedancerunner.api.config.ApiSettings;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.JobPolicyReader;
import io.seedancerunner.workflows.storyboard.Storyboard;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowExecutionDescription;
import java.net.URI;
import java.util.List;

/**
 * Storyboards: {@code POST /v1/storyboards} (the storyboard file as the body, YAML or JSON by
 * {@code Content-Type}) starts a {@code StoryboardWorkflow}; {@code GET /v1/storyboards/{id}} shows
 * it; {@code POST /v1/storyboards/{id}/cancel} cancels it. Reshoots and files have their own
 * controllers ({@link ReshootController}, {@link FilmController}).
 */
@Controller("/v1/storyboards")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StoryboardController {

  private final StoryboardReader reader;
  private final StoryboardStarter starter;
  private final StoryboardLookup lookup;
  private final StoryboardViews views;
  private final StoryboardLinks links;
  private final ApiSettings settings;
  private final TenantGuard guard;

  /** Wires the parts. */
  public StoryboardController(StoryboardReader reader, StoryboardStarter starter, StoryboardLookup lookup,
      StoryboardViews views, StoryboardLinks links, ApiSettings settings, TenantGuard guard) {
    this.guard = guard;
    this.settings = settings;
    this.reader = reader;
    this.starter = starter;
    this.lookup = lookup;
    this.views = views;
    this.links = links;
  }

  /**
   * The answer to a POST.
   *
   * @param storyboardId the storyboard id (workflow id)
   * @param status       {@code GENERATING} for a new run; the current status for a repeat
   * @param shots        how many shots the storyboard has
   * @param links        where to follow it; {@code links.self} is the status URL
   */
  public record StoryboardCreated(String storyboardId, String status, int shots, StoryboardLinks.Links links) {}

  /**
   * The answer to a cancel.
   *
   * @param storyboardId the storyboard id
   * @param status       {@code CANCEL_REQUESTED}
   * @param links        where to follow it
   */
  public record CancelAccepted(String storyboardId, String status, StoryboardLinks.Links links) {}

  /**
   * Starts a storyboard.
   *
   * @param body        the storyboard file
   * @param contentType {@code application/yaml} (also {@code application/x-yaml}, {@code text/yaml})
   *                    or {@code application/json}; without one the text decides (a leading
   *                    <code>{</code> is JSON)
   * @param id          optional storyboard id, 1..100 of {@code [A-Za-z0-9._-]}; a new run under
   *                    the id of a failed, cancelled or edited storyboard keeps its finished shots.
   *                    Default {@code sb-<uuid>}
   * @param tenant      optional tenant whose budget pays for the shots, 1..64 of
   *                    {@code [A-Za-z0-9._-]}; default {@code seedance.api.default-tenant}
   * @return 202 with the id and links for a new run (and {@code Location}); 200 when the same
   *     storyboard already runs or completed under that id; 409 {@code storyboard_running} when
   *     another storyboard runs under it; 400 naming every invalid field; 402
   *     {@code budget_exceeded} when the shots' estimates exceed the tenant's balance
   */
  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  @Secured(Role.SUBMITTER_NAME)
  public HttpResponse<StoryboardCreated> create(@Body @Nullable byte[] body,
      @Header(HttpHeaders.CONTENT_TYPE) @Nullable String contentType, @QueryValue @Nullable String id,
      @QueryValue @Nullable String tenant, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (id != null && StoryboardIds.problem(id) != null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, ApiError.ofField("invalid_request", StoryboardIds.problem(id),
          "id", List.of("1..100 characters of A-Z a-z 0-9 . _ -")));
    }
    if (tenant != null && !JobPolicyReader.TENANT.matcher(tenant).matches()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, ApiError.ofField("invalid_request", JobPolicyReader.TENANT_RULE,
          "tenant", List.of(JobPolicyReader.TENANT.pattern())));
    }
    String payer = caller.actingFor(tenant, "tenant");
    if (id != null) {
      guard.storyboardIdFree(id, caller);
    }
    Storyboard storyboard = reader.read(RequestBodyReader.utf8(body), contentType);
    String storyboardId = id != null ? id : StoryboardFingerprint.randomId();
    String sha = StoryboardFingerprint.sha256(storyboard);
    StoryboardStarter.Outcome outcome = starter.start(storyboardId, storyboard, sha, payer);
    StoryboardLinks.Links l = links.of(storyboardId);
    if (outcome.started()) {
      return HttpResponse.<StoryboardCreated>status(HttpStatus.ACCEPTED)
          .body(new StoryboardCreated(storyboardId, "GENERATING", storyboard.shots().size(), l))
          .headers(h -> h.location(URI.create(l.self())));
    }
    if (outcome.running() && !sha.equals(outcome.requestSha256())) {
      throw new ApiException(HttpStatus.CONFLICT, ApiError.ofField("storyboard_running",
          "storyboard " + storyboardId + " is running with a different storyboard; cancel it first, or choose another id",
          "id", List.of()));
    }
    String status = lookup.find(storyboardId).map(StoryboardView::statusName).orElse("GENERATING");
    return HttpResponse.ok(new StoryboardCreated(storyboardId, status, storyboard.shots().size(), l));
  }

  /**
   * @param id the storyboard id
   * @return 200 with each shot's phase, progress, cost and file, and the film once stitched
   */
  @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
  @Secured(Role.VIEWER_NAME)
  public StoryboardView status(@PathVariable String id, Authentication authentication) {
    if (StoryboardIds.problem(id) == null) {
      guard.storyboard(id, Caller.of(authentication));
    }
    return views.find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * @param id the storyboard id
   * @return 202 when the cancellation was requested; 409 when the storyboard already finished
   */
  @Post(value = "/{id}/cancel", produces = MediaType.APPLICATION_JSON, consumes = MediaType.ALL)
  @Secured(Role.SUBMITTER_NAME)
  public HttpResponse<CancelAccepted> cancel(@PathVariable String id, Authentication authentication) {
    if (StoryboardIds.problem(id) == null) {
      guard.storyboard(id, Caller.of(authentication));
    }
    WorkflowExecutionDescription d = describe(id);
    if (d.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING || !lookup.cancel(id)) {
      String state = lookup.describe(id).map(x -> x.getStatus().name()).orElse(d.getStatus().name())
          .replace("WORKFLOW_EXECUTION_STATUS_", "");
      throw new ApiException(HttpStatus.CONFLICT, ApiError.of("already_finished",
          "storyboard " + id + " already finished (" + state + "); there is nothing to cancel"));
    }
    return HttpResponse.status(HttpStatus.ACCEPTED).body(new CancelAccepted(id, "CANCEL_REQUESTED", links.of(id)));
  }

  private WorkflowExecutionDescription describe(String id) {
    if (StoryboardIds.problem(id) != null) {
      throw notFound(id);
    }
    return lookup.describe(id).orElseThrow(() -> notFound(id));
  }

  /** @return 404 {@code not_found} for a storyboard id */
  static ApiException notFound(String id) {
    return ApiException.storyboardNotFound(id);
  }
}
