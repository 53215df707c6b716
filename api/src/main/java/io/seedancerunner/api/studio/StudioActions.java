package io.seedancerunner.api.studio;

import io.micronaut.context.annotation.Requires;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.views.ModelAndView;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.security.Caller;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.security.TenantGuard;
import io.seedancerunner.api.storyboards.ReshootCheck;
import io.seedancerunner.api.storyboards.ReshootController;
import io.seedancerunner.api.storyboards.StoryboardBudgetCheck;
import io.seedancerunner.api.storyboards.StoryboardController;
import io.seedancerunner.api.storyboards.StoryboardLookup;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotChanges;
import io.seedancerunner.workflows.storyboard.Storyboard;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import io.seedancerunner.workflows.storyboard.StoryboardStatus;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The studio's changes, as form posts (they work without JavaScript):
 * <ul>
 *   <li>{@code POST /studio/storyboards/{id}/shots/{shot}/reshoot-preview}: checks the changes as
 *       the API does ({@link ReshootCheck}) and shows the estimate (USD, one take of the shot and of
 *       each {@code continue} shot after it, which are redone with it) and a confirm button;</li>
 *   <li>{@code POST .../shots/{shot}/reshoot}: the API's reshoot ({@link ReshootController}: the
 *       same validation and {@code reshoot} Update), then 303 to the storyboard page;</li>
 *   <li>{@code POST /studio/storyboards/{id}/cancel}: the API's cancel, then 303 to the page.</li>
 * </ul>
 * Refusals answer the API's status (400, 404, 409) with an HTML page giving its message. Needs
 * the {@code submitter} role (403 for a viewer).
 */
@Hidden // HTML pages for people, not part of the JSON API's OpenAPI document
@Controller("/studio/storyboards/{id}")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.SUBMITTER_NAME)
public class StudioActions {

  private final ReshootController reshoots;
  private final StoryboardController storyboards;
  private final StoryboardLookup lookup;
  private final TenantGuard guard;
  private final ReshootCheck check;
  private final StoryboardBudgetCheck estimates;

  /** Wires the parts. */
  public StudioActions(ReshootController reshoots, StoryboardController storyboards, StoryboardLookup lookup,
      TenantGuard guard, ReshootCheck check, StoryboardBudgetCheck estimates) {
    this.reshoots = reshoots;
    this.storyboards = storyboards;
    this.lookup = lookup;
    this.guard = guard;
    this.check = check;
    this.estimates = estimates;
  }

  /** @return the confirm page: changes, estimate, the shots redone */
  @Post(value = "/shots/{shot}/reshoot-preview", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON},
      produces = MediaType.TEXT_HTML)
  public HttpResponse<?> preview(@PathVariable String id, @PathVariable String shot, @Body ReshootForm form,
      Authentication authentication) {
    return StudioErrors.page(() -> {
      if (StoryboardIds.problem(id) != null) {
        throw ApiException.storyboardNotFound(id);
      }
      guard.storyboard(id, Caller.of(authentication));
      StoryboardStatus status = lookup.find(id).map(StoryboardLookup.Found::status)
          .orElseThrow(() -> ApiException.storyboardNotFound(id));
      Storyboard plan = status.storyboard();
      int number = shot.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(shot) : 0;
      if (plan == null || number < 1 || number > plan.shots().size()) {
        throw ApiException.storyboardNotFound(id + "/shots/" + shot);
      }
      ShotChanges changes = form.changes();
      check.check(plan, number, changes);
      List<Integer> redone = redone(plan, number);
      double usd = 0;
      boolean known = true;
      for (int n : redone) {
        Shot s = n == number ? changes.applyTo(plan.shot(n)) : plan.shot(n);
        Double e = estimates.shotEstimateUsd(plan, s);
        known &= e != null;
        usd += e == null ? 0 : e;
      }
      Map<String, Object> model = new HashMap<>();
      model.put("id", id);
      model.put("shot", number);
      model.put("form", form);
      model.put("changes", changes);
      model.put("redone", redone);
      model.put("estimateUsd", known ? StudioShot.usd(usd) : StudioShot.usd(usd) + " (some shots have no USD price)");
      return HttpResponse.ok(new ModelAndView<>("studio/reshoot", model));
    });
  }

  /** @return 303 to the storyboard page once the reshoot is scheduled */
  @Post(value = "/shots/{shot}/reshoot", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON}, produces = MediaType.TEXT_HTML)
  public HttpResponse<?> reshoot(@PathVariable String id, @PathVariable String shot, @Body ReshootForm form,
      Authentication authentication) {
    return StudioErrors.page(() -> {
      reshoots.reshoot(id, shot, form.json(), MediaType.APPLICATION_JSON, authentication);
      return back(id);
    });
  }

  /** @return 303 to the storyboard page once cancellation is requested */
  @Post(value = "/cancel", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL},
      produces = MediaType.TEXT_HTML)
  public HttpResponse<?> cancel(@PathVariable String id, Authentication authentication) {
    return StudioErrors.page(() -> {
      storyboards.cancel(id, authentication);
      return back(id);
    });
  }

  /**
   * @param plan   the storyboard
   * @param number the reshot shot
   * @return that shot and each {@code continue} shot right after it, in order
   */
  static List<Integer> redone(Storyboard plan, int number) {
    List<Integer> out = new ArrayList<>(List.of(number));
    for (int n = number + 1; n <= plan.shots().size() && plan.shot(n).continues(); n++) {
      out.add(n);
    }
    return out;
  }

  private static HttpResponse<?> back(String id) {
    return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/studio/storyboards/" + id)));
  }
}
