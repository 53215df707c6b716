package io.seedancerunner.api.storyboards;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Header;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import io.seedancerunner.workflows.storyboard.ShotChanges;
import io.seedancerunner.workflows.storyboard.ShotStatus;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import io.seedancerunner.workflows.storyboard.StoryboardStatus;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;

/**
 * {@code POST /v1/storyboards/{id}/shots/{shot}/reshoot}: takes a shot again (and the
 * {@code continue} shots downstream of it) through the workflow's {@code reshoot} Update; the body
 * is the changes ({@link ShotChangesReader}), empty for the same request again.
 *
 * <p>The changes are checked exactly like a shot of a new storyboard ({@link ReshootCheck}); a
 * refused reshoot reaches no workflow. Answers 202 with the shot's new take ({@code PENDING}) and the storyboard's links once the
 * reshoot is scheduled; 400 for an unknown field, a shot number out of range or a change the shot
 * cannot take (the Update's validator, {@code IllegalArgumentException}); 409 when the storyboard
 * has closed, or is stitching, or the shot or one it feeds is still generating (the validator's
 * {@code IllegalStateException}); 404 for an unknown storyboard or another tenant's. Needs the
 * {@code submitter} role.
 */
@Controller("/v1/storyboards")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReshootController {

  private final WorkflowClient client;
  private final StoryboardLookup lookup;
  private final StoryboardLinks links;
  private final TenantGuard guard;
  private final ReshootCheck check;

  /** Wires the parts. */
  public ReshootController(WorkflowClient client, StoryboardLookup lookup, StoryboardLinks links, TenantGuard guard,
      ReshootCheck check) {
    this.guard = guard;
    this.check = check;
    this.client = client;
    this.lookup = lookup;
    this.links = links;
  }

  /**
   * The answer to a reshoot.
   *
   * @param storyboardId the storyboard id
   * @param shot         the shot's status with its new take number
   * @param links        where to follow the storyboard
   */
  public record ReshootAccepted(String storyboardId, ShotStatus shot, StoryboardLinks.Links links) {}

  /**
   * @param id   the storyboard id
   * @param shot the 1-based shot number, as text so that a non-number answers a 400 naming it
   * @param body the changes, or nothing
   * @return 202 once scheduled
   */
  @Post(value = "/{id}/shots/{shot}/reshoot", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  @Secured(Role.SUBMITTER_NAME)
  public HttpResponse<ReshootAccepted> reshoot(@PathVariable String id, @PathVariable String shot,
      @Body @Nullable byte[] body, @Header(HttpHeaders.CONTENT_TYPE) @Nullable String contentType,
      Authentication authentication) {
    if (StoryboardIds.problem(id) != null) {
      throw StoryboardController.notFound(id);
    }
    guard.storyboard(id, Caller.of(authentication));
    WorkflowExecutionDescription d = lookup.describe(id).orElseThrow(() -> StoryboardController.notFound(id));
    int number = shotNumber(shot);
    ShotChanges changes = ShotChangesReader.read(RequestBodyReader.json(contentType, body));
    if (d.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      throw closed(id, d);
    }
    StoryboardStatus now = lookup.find(id).map(StoryboardLookup.Found::status).orElse(null);
    if (now != null && number > now.shots().size()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, ApiError.ofField("invalid_request", "shot " + number
          + " does not exist: storyboard " + id + " has shots 1.." + now.shots().size(), "shot",
          List.of("1.." + now.shots().size())));
    }
    if (now != null && now.storyboard() != null) {
      check.check(now.storyboard(), number, changes);
    }
    try {
      ShotStatus status = client.newWorkflowStub(StoryboardWorkflow.class, id).reshoot(number, changes);
      return HttpResponse.status(HttpStatus.ACCEPTED).body(new ReshootAccepted(id, status, links.of(id)));
    } catch (WorkflowNotFoundException e) {
      throw closed(id, lookup.describe(id).orElseThrow(() -> StoryboardController.notFound(id)));
    } catch (WorkflowUpdateException e) {
      throw refused(e);
    }
  }

  private static int shotNumber(String shot) {
    try {
      int n = Integer.parseInt(shot);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, ApiError.ofField("invalid_request",
        "the shot number must be a whole number from 1, not '" + shot + "'", "shot", List.of("1..number of shots")));
  }

  private static ApiException closed(String id, WorkflowExecutionDescription d) {
    String state = d.getStatus().name().replace("WORKFLOW_EXECUTION_STATUS_", "");
    return new ApiException(HttpStatus.CONFLICT, ApiError.of("storyboard_closed", "storyboard " + id
        + " is closed (" + state + ") and takes no reshoots; run the storyboard again under the same id to keep its finished shots"));
  }

  /** The validator refused: a bad argument is the client's input (400), a bad moment is a 409. */
  private static ApiException refused(WorkflowUpdateException e) {
    String type = null;
    String message = e.getMessage();
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure af) {
        type = af.getType();
        message = af.getOriginalMessage();
        break;
      }
    }
    boolean badInput = IllegalArgumentException.class.getName().equals(type);
    return badInput
        ? new ApiException(HttpStatus.BAD_REQUEST, ApiError.ofField("invalid_request", message, blamed(message), List.of()))
        : new ApiException(HttpStatus.CONFLICT, ApiError.of("reshoot_not_possible", message));
  }

  /** @return the change the validator's message names, else {@code shot} or {@code changes} */
  static String blamed(String message) {
    String m = message == null ? "" : message;
    return ShotChangesReader.FIELDS.stream().filter(m::contains).findFirst()
        .orElse(m.startsWith("shot ") ? "shot" : "changes");
  }
}
