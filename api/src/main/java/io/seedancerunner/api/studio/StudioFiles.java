package io.seedancerunner.api.studio;

import io.micronaut.context.annotation.Requires;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.jobs.VideoResponder;
import io.seedancerunner.api.security.Caller;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.security.TenantGuard;
import io.seedancerunner.api.storyboards.FilmController;
import io.seedancerunner.api.storyboards.ShotView;
import io.seedancerunner.api.storyboards.StoryboardViews;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import io.micronaut.http.HttpStatus;

/**
 * The studio's files, under the studio's sign-in cookie and the API's tenancy check:
 * {@code GET /studio/storyboards/{id}/film} and {@code .../contact-sheet} answer as
 * {@link FilmController} does (Range supported); {@code GET /studio/storyboards/{id}/shots/{shot}/clip}
 * streams a succeeded shot's current take (Range supported), 409 {@code no_clip} before it has one.
 * Needs the {@code viewer} role.
 */
@Hidden // HTML pages for people, not part of the JSON API's OpenAPI document
@Controller("/studio/storyboards/{id}")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_NAME)
public class StudioFiles {

  private final FilmController films;
  private final StoryboardViews views;
  private final TenantGuard guard;
  private final VideoResponder files;

  /** Wires the parts. */
  public StudioFiles(FilmController films, StoryboardViews views, TenantGuard guard, VideoResponder files) {
    this.films = films;
    this.views = views;
    this.guard = guard;
    this.files = files;
  }

  /** @return the film, 200 or 206 */
  @Get(value = "/film", produces = {"video/mp4", MediaType.APPLICATION_JSON})
  public HttpResponse<?> film(@PathVariable String id, @Header(HttpHeaders.RANGE) @Nullable String range,
      Authentication authentication) {
    return films.film(id, range, authentication);
  }

  /** @return the contact sheet (JPEG) */
  @Get(value = "/contact-sheet", produces = {"image/jpeg", MediaType.APPLICATION_JSON})
  public HttpResponse<?> contactSheet(@PathVariable String id, Authentication authentication) {
    return films.contactSheet(id, authentication);
  }

  /** @return the shot's current clip, 200 or 206 */
  @Get(value = "/shots/{shot}/clip", produces = {"video/mp4", MediaType.APPLICATION_JSON})
  public HttpResponse<?> clip(@PathVariable String id, @PathVariable String shot,
      @Header(HttpHeaders.RANGE) @Nullable String range, Authentication authentication) {
    if (StoryboardIds.problem(id) != null) {
      throw ApiException.storyboardNotFound(id);
    }
    guard.storyboard(id, Caller.of(authentication));
    ShotView s = views.find(id).orElseThrow(() -> ApiException.storyboardNotFound(id)).shots().stream()
        .filter(v -> String.valueOf(v.shot()).equals(shot)).findFirst()
        .orElseThrow(() -> ApiException.storyboardNotFound(id + "/shots/" + shot));
    if (s.file() == null) {
      throw new ApiException(HttpStatus.CONFLICT, ApiError.of("no_clip",
          "shot " + shot + " of storyboard " + id + " has no clip yet (" + s.phase() + ")"));
    }
    return files.respond("shot " + shot + " of storyboard " + id, s.file(), range, VideoResponder.VIDEO_MP4);
  }
}
