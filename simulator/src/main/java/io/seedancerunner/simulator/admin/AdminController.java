package io.seedancerunner.simulator.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.billing.CreditAccounts;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskStore;
import io.seedancerunner.simulator.webhooks.WebhookSender;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's own admin API (JSON, no authentication: the simulator is a local test
 * double, switched off in production with {@code simulator.enabled=false}).
 * <ul>
 *   <li>{@code POST /sim/admin/faults}: arm faults, see {@link FaultRequests}; answers the
 *       resulting state like {@code GET}.</li>
 *   <li>{@code GET /sim/admin/faults}: the armed faults, settings and credit balances.</li>
 *   <li>{@code GET /sim/admin/stats}: counters per dialect, credit balances, and file requests
 *       (see {@link Stats#toJson()}).</li>
 *   <li>{@code GET /sim/admin/charges}: per dialect, what its account charged net of refunds,
 *       in total and per task (see {@link #charges()}).</li>
 *   <li>{@code GET /sim/admin/tasks}: every task, as a provider dashboard lists them.</li>
 *   <li>{@code POST /sim/admin/reset}: forget every task, fault, statistic and pending webhook;
 *       restore credit balances. Cached MP4 files stay on disk.</li>
 * </ul>
 * Each {@link AdminExtension} bean (a dialect's own admin state) takes part in all three.
 */
@Controller("/sim/admin")
@Requires(property = "simulator.enabled", notEquals = "false")
public class AdminController {

  private final Faults faults;
  private final Stats stats;
  private final CreditAccounts credits;
  private final TaskStore store;
  private final WebhookSender webhooks;
  private final List<AdminExtension> extensions;

  /**
   * @param faults   armed faults
   * @param stats    statistics
   * @param credits  credit accounts
   * @param store    tasks
   * @param webhooks   webhook sender
   * @param extensions the dialects' own admin state
   */
  public AdminController(Faults faults, Stats stats, CreditAccounts credits, TaskStore store, WebhookSender webhooks,
      List<AdminExtension> extensions) {
    this.faults = faults;
    this.stats = stats;
    this.credits = credits;
    this.store = store;
    this.webhooks = webhooks;
    this.extensions = List.copyOf(extensions);
  }

  /**
   * @param body the faults to arm (JSON object)
   * @return 200 with the resulting state, or 400 {@code {"error":"..."}}
   */
  @Post("/faults")
  @Consumes(MediaType.ALL)
  public HttpResponse<ObjectNode> arm(@Nullable @Body String body) {
    Optional<ObjectNode> json = Json.parseObject(body);
    if (json.isEmpty()) {
      return HttpResponse.badRequest(Json.object().put("error", "body must be a JSON object"));
    }
    try {
      extensions.forEach(x -> x.check(json.get()));
      FaultRequests.apply(json.get(), faults, credits);
    } catch (FaultRequests.BadFaultRequest | IllegalArgumentException e) {
      return HttpResponse.badRequest(Json.object().put("error", e.getMessage()));
    }
    extensions.forEach(x -> x.apply(json.get()));
    return HttpResponse.ok(faults());
  }

  /** @return the armed faults, settings and credit balances */
  @Get("/faults")
  public ObjectNode faults() {
    ObjectNode state = FaultRequests.describe(faults, credits);
    extensions.forEach(x -> x.describe(state));
    return state;
  }

  /** @return counters per dialect, credit balances and the file requests */
  @Get("/stats")
  public ObjectNode stats() {
    ObjectNode root = stats.toJson();
    ObjectNode balances = root.putObject("credits");
    for (Dialect each : Dialect.values()) {
      balances.put(each.id(), credits.balance(each));
    }
    root.put("tasks", store.all().size());
    return root;
  }

  /**
   * What each dialect's account has charged, for tests that compare the runner's books with the
   * provider's: per dialect {@code {"unit","initial","balance","charged","tasks":{taskId: net}}},
   * where {@code unit} is {@code credits} ({@code tokens} on ark), {@code charged} is what submits
   * took net of refunds ({@code initial = balance + charged}), and {@code tasks} holds every task
   * the simulator still has with its net charge (0 once refunded). See {@link CreditAccounts}.
   *
   * @return {@code {"<dialect>":{...},...}}, every dialect
   */
  @Get("/charges")
  public ObjectNode charges() {
    ObjectNode root = Json.object();
    for (Dialect each : Dialect.values()) {
      CreditAccounts.Books books = credits.books(each);
      ObjectNode d = root.putObject(each.id()).put("unit", CreditAccounts.unit(each)).put("initial", books.initial())
          .put("balance", books.balance()).put("charged", books.charged());
      ObjectNode tasks = d.putObject("tasks");
      store.all().stream().filter(t -> t.dialect() == each)
          .sorted(java.util.Comparator.comparing(SimTask::createdAt))
          .forEach(t -> tasks.put(t.id(), credits.netCharge(t)));
    }
    return root;
  }

  /**
   * Every task the simulator holds, oldest first: what an operator would read in the provider's
   * dashboard to adopt the task of a lost submit.
   *
   * @param dialect a dialect id to filter on, or null for all
   * @return {@code {"tasks":[{"id","dialect","model","prompt","createdAt"}]}}; createdAt ISO-8601
   */
  @Get("/tasks{?dialect}")
  public ObjectNode tasks(@io.micronaut.core.annotation.Nullable String dialect) {
    ObjectNode root = Json.object();
    var list = root.putArray("tasks");
    store.all().stream()
        .filter(t -> dialect == null || t.dialect().id().equals(dialect))
        .sorted(java.util.Comparator.comparing(SimTask::createdAt))
        .forEach(t -> list.addObject().put("id", t.id()).put("dialect", t.dialect().id())
            .put("model", t.spec().model()).put("prompt", t.spec().prompt()).put("createdAt", t.createdAt().toString()));
    return root;
  }

  /** @return 200 {@code {"reset":true}} */
  @Post("/reset")
  @Consumes(MediaType.ALL)
  public ObjectNode reset() {
    webhooks.reset();
    store.clear();
    faults.reset();
    stats.reset();
    credits.reset();
    extensions.forEach(AdminExtension::reset);
    return Json.object().put("reset", true);
  }
}
