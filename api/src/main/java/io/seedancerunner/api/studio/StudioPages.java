package io.seedancerunner.api.studio;

import io.micronaut.context.annotation.Requires;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.security.Caller;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.security.TenantGuard;
import io.seedancerunner.api.storyboards.StoryboardView;
import io.seedancerunner.api.storyboards.StoryboardViews;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The studio's pages (HTML, Thymeleaf templates under {@code views/studio/}):
 * <ul>
 *   <li>{@code GET /studio?tenant=&page=}: the storyboards the caller may see, newest first,
 *       {@value #PAGE_SIZE} a page (page 1-based); an operator may filter by tenant;</li>
 *   <li>{@code GET /studio/storyboards/{id}}: one storyboard: header, film, contact sheet, shots;</li>
 *   <li>{@code GET /studio/storyboards/{id}/status}, {@code .../film-section} and
 *       {@code .../shots/{shot}}: the parts of that page htmx polls while they can change.</li>
 * </ul>
 * Another tenant's storyboard is 404, as in the API. Needs the {@code viewer} role; the reshoot
 * and cancel controls are rendered for {@code submitter} and up only.
 */
@Hidden // HTML pages for people, not part of the JSON API's OpenAPI document
@Controller("/studio")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_NAME)
public class StudioPages {

  /** Storyboards per list page. */
  static final int PAGE_SIZE = 20;

  private final StoryboardCatalog catalog;
  private final StoryboardViews views;
  private final TenantGuard guard;
  private final StudioBudget budget;

  /** Wires the parts. */
  public StudioPages(StoryboardCatalog catalog, StoryboardViews views, TenantGuard guard, StudioBudget budget) {
    this.catalog = catalog;
    this.views = views;
    this.guard = guard;
    this.budget = budget;
  }

  /**
   * @param tenant an operator's tenant filter, or null for all
   * @param page   the 1-based page, default 1
   * @return the list page
   */
  @Get(produces = MediaType.TEXT_HTML)
  public ModelAndView<Map<String, Object>> list(@QueryValue @Nullable String tenant, @QueryValue @Nullable String page,
      Authentication authentication) {
    Caller caller = Caller.of(authentication);
    String filter = caller.operator() ? (tenant == null || tenant.isBlank() ? null : tenant) : caller.tenant();
    int p = page == null || !page.matches("[1-9][0-9]{0,5}") ? 1 : Integer.parseInt(page);
    List<StoryboardCatalog.Entry> all = catalog.list(filter);
    List<StudioRow> rows = all.stream().skip((long) (p - 1) * PAGE_SIZE).limit(PAGE_SIZE)
        .map(e -> views.find(e.storyboardId()).map(v -> StudioRow.of(e.tenant(), v)).orElse(null))
        .filter(r -> r != null).toList();
    Map<String, Object> model = header(caller, filter);
    model.put("rows", rows);
    model.put("page", p);
    model.put("hasNext", all.size() > (long) p * PAGE_SIZE);
    model.put("tenantFilter", filter == null ? "" : filter);
    return new ModelAndView<>("studio/list", model);
  }

  /**
   * @param id the storyboard id
   * @return the storyboard page; 404 for an unknown id or another tenant's
   */
  @Get(value = "/storyboards/{id}", produces = MediaType.TEXT_HTML)
  public ModelAndView<Map<String, Object>> storyboard(@PathVariable String id, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    StoryboardView v = visible(id, caller);
    Map<String, Object> model = header(caller, caller.operator() ? null : caller.tenant());
    model.putAll(storyboardModel(v, caller));
    return new ModelAndView<>("studio/storyboard", model);
  }

  /** @return the polled status block of the storyboard page */
  @Get(value = "/storyboards/{id}/status", produces = MediaType.TEXT_HTML)
  public ModelAndView<Map<String, Object>> status(@PathVariable String id, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    Map<String, Object> model = header(caller, caller.operator() ? null : caller.tenant());
    model.putAll(storyboardModel(visible(id, caller), caller));
    return new ModelAndView<>("studio/status", model);
  }

  /** @return the polled film block of the storyboard page */
  @Get(value = "/storyboards/{id}/film-section", produces = MediaType.TEXT_HTML)
  public ModelAndView<Map<String, Object>> filmSection(@PathVariable String id, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    return new ModelAndView<>("studio/film", storyboardModel(visible(id, caller), caller));
  }

  /**
   * @param shot the 1-based shot number
   * @param seen the {@link StudioShot#state()} the page shows, or null
   * @return one polled shot card; 204 (htmx keeps the card) when its state is still {@code seen};
   *     404 for a shot number the storyboard lacks
   */
  @Get(value = "/storyboards/{id}/shots/{shot}", produces = MediaType.TEXT_HTML)
  public HttpResponse<?> shot(@PathVariable String id, @PathVariable String shot, @QueryValue @Nullable String seen,
      Authentication authentication) {
    Caller caller = Caller.of(authentication);
    Map<String, Object> model = storyboardModel(visible(id, caller), caller);
    @SuppressWarnings("unchecked")
    List<StudioShot> shots = (List<StudioShot>) model.get("shots");
    StudioShot card = shots.stream().filter(s -> String.valueOf(s.shot().shot()).equals(shot)).findFirst()
        .orElseThrow(() -> ApiException.storyboardNotFound(id + "/shots/" + shot));
    if (card.state().equals(seen)) {
      return HttpResponse.noContent();
    }
    model.put("s", card);
    return HttpResponse.ok(new ModelAndView<>("studio/shot", model));
  }

  private StoryboardView visible(String id, Caller caller) {
    if (StoryboardIds.problem(id) != null) {
      throw ApiException.storyboardNotFound(id);
    }
    guard.storyboard(id, caller);
    return views.find(id).orElseThrow(() -> ApiException.storyboardNotFound(id));
  }

  private Map<String, Object> header(Caller caller, String budgetTenant) {
    Map<String, Object> model = new HashMap<>();
    model.put("caller", caller);
    model.put("operator", caller.operator());
    model.put("canChange", caller.role() != Role.VIEWER);
    model.put("budget", budget.of(budgetTenant == null ? caller.tenant() : budgetTenant));
    return model;
  }

  static Map<String, Object> storyboardModel(StoryboardView v, Caller caller) {
    long elapsed = v.startedAt() == null ? 0
        : Math.max(0, Duration.between(Instant.parse(v.startedAt()), Instant.now()).toSeconds());
    Map<String, Object> model = new HashMap<>();
    model.put("sb", v);
    model.put("canChange", caller.role() != Role.VIEWER);
    model.put("running", "RUNNING".equals(v.workflowState()));
    model.put("costUsd", StudioShot.usd(v.costUsd()));
    model.put("filmSettled", v.film() != null && !"GENERATING".equals(v.status()) && !"STITCHING".equals(v.status()));
    // cards poll while anything on them can change: a shot runs, or a reshoot will take it again
    model.put("cardsPoll", "RUNNING".equals(v.workflowState()) && !"FILM_READY".equals(v.status()));
    model.put("filmPolls", "RUNNING".equals(v.workflowState()) && !"FILM_READY".equals(v.status()));
    model.put("shots", v.shots().stream().map(s -> StudioShot.of(s, elapsed)).toList());
    return model;
  }
}
