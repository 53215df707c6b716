package io.seedancerunner.api.storyboards;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.seedancerunner.api.security.Caller;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.security.TenantGuard;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.jobs.VideoResponder;
import io.seedancerunner.workflows.storyboard.Film;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import java.util.function.Function;

/**
 * A storyboard's files once its film is ready ({@code FILM_READY}, {@code COMPLETED}, or a
 * storyboard cancelled or failed after a film was stitched: the last film is kept):
 * {@code GET /v1/storyboards/{id}/film} streams {@code film.mp4} (Range supported) and
 * {@code GET /v1/storyboards/{id}/contact-sheet} the contact sheet (JPEG). 409 while the
 * storyboard generates or stitches (a reshoot included) and when it ended without a film; 404 for
 * an unknown id.
 */
@Controller("/v1/storyboards")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FilmController {

  private static final MediaType JPEG = MediaType.of("image/jpeg");

  private final StoryboardLookup lookup;
  private final VideoResponder files;
  private final TenantGuard guard;

  /** Wires the parts. */
  public FilmController(StoryboardLookup lookup, VideoResponder files, TenantGuard guard) {
    this.guard = guard;
    this.lookup = lookup;
    this.files = files;
  }

  /**
   * @param id    the storyboard id
   * @param range the {@code Range} header, or null
   * @return 200 or 206 with the film
   */
  @Get(value = "/{id}/film", produces = {"video/mp4", MediaType.APPLICATION_JSON})
  @Secured(Role.VIEWER_NAME)
  public HttpResponse<?> film(@PathVariable String id, @Header(HttpHeaders.RANGE) @Nullable String range,
      Authentication authentication) {
    return files.respond("the film of storyboard " + id, ready(id, Film::path, authentication), range,
        VideoResponder.VIDEO_MP4);
  }

  /**
   * @param id the storyboard id
   * @return 200 with the contact sheet
   */
  @Get(value = "/{id}/contact-sheet", produces = {"image/jpeg", MediaType.APPLICATION_JSON})
  @Secured(Role.VIEWER_NAME)
  public HttpResponse<?> contactSheet(@PathVariable String id, Authentication authentication) {
    return files.respond("the contact sheet of storyboard " + id, ready(id, Film::contactSheetPath, authentication),
        null, JPEG);
  }

  private String ready(String id, Function<Film, String> file, Authentication authentication) {
    if (StoryboardIds.problem(id) != null) {
      throw StoryboardController.notFound(id);
    }
    guard.storyboard(id, Caller.of(authentication));
    StoryboardLookup.Found found = lookup.find(id).orElseThrow(() -> StoryboardController.notFound(id));
    String status = StoryboardView.statusName(found);
    Film film = found.status() != null ? found.status().film() : found.result() != null ? found.result().film() : null;
    boolean busy = found.running() && !status.equals("FILM_READY");
    if (film != null && file.apply(film) != null && !busy) {
      return file.apply(film);
    }
    if (busy) {
      throw new ApiException(HttpStatus.CONFLICT, ApiError.of("not_finished",
          "storyboard " + id + " is " + status + "; the film is ready once its status is FILM_READY"));
    }
    String why = found.failure() != null ? found.failure().summary()
        : found.status() != null && found.status().lastError() != null ? found.status().lastError() : status;
    throw new ApiException(HttpStatus.CONFLICT, ApiError.of("no_film", "storyboard " + id + " ended without a film (" + why + ")"));
  }
}
