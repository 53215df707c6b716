package io.seedancerunner.simulator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.admin.FaultKind;
import io.seedancerunner.simulator.admin.Faults;
import io.seedancerunner.simulator.admin.Stats;
import io.seedancerunner.simulator.http.BaseUrls;
import io.seedancerunner.simulator.http.BearerAuth;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.http.SlowSubmits;
import io.seedancerunner.simulator.tasks.SimClock;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.Submissions;
import io.seedancerunner.simulator.tasks.SubmitOutcome;
import io.seedancerunner.simulator.tasks.TaskMonitor;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskSpec;
import io.seedancerunner.simulator.tasks.TaskState;
import io.seedancerunner.simulator.tasks.TaskStore;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The open-api dialect (seed 000) under {@code /sim/open-api}: {@code POST /api/open/v1/video/generations},
 * {@code GET /api/open/v1/video/generations/{requestId}}, {@code POST .../{requestId}/cancel},
 * {@code GET /api/open/v1/models}.
 *
 * <p>Checks, in order: Bearer key (401), the {@code rateLimited} fault (429 with
 * {@code Retry-After}), the body (400), the {@code submitErrors} fault (500), credits (402).
 * The models endpoint needs no key (the seed's example sends none).
 */
@Controller("/sim/open-api/api/open/v1")
@Requires(property = "simulator.enabled", notEquals = "false")
public class OpenApiController {

  private static final Dialect DIALECT = Dialect.OPEN_API;

  private final OpenApiSettings settings;
  private final Submissions submissions;
  private final TaskStore store;
  private final TaskMonitor monitor;
  private final SimClock clock;
  private final Faults faults;
  private final Stats stats;
  private final BaseUrls baseUrls;
  private final SlowSubmits slowSubmits;

  /**
   * @param settings    open-api settings
   * @param submissions task creation
   * @param store       tasks
   * @param monitor     lifecycle monitor
   * @param clock       simulator clock
   * @param faults      armed faults
   * @param stats       statistics
   * @param baseUrls    result URL base
   * @param slowSubmits the slowSubmits fault
   */
  public OpenApiController(OpenApiSettings settings, Submissions submissions, TaskStore store,
      TaskMonitor monitor, SimClock clock, Faults faults, Stats stats, BaseUrls baseUrls,
      SlowSubmits slowSubmits) {
    this.settings = settings;
    this.submissions = submissions;
    this.store = store;
    this.monitor = monitor;
    this.clock = clock;
    this.faults = faults;
    this.stats = stats;
    this.baseUrls = baseUrls;
    this.slowSubmits = slowSubmits;
  }

  /**
   * Submits a generation.
   *
   * @param request the request
   * @param body    raw JSON body
   * @return 200 {@code {"success":true,"requestId","status":"queued","creditsCharged"}} or an error
   */
  @Post("/video/generations")
  @Consumes(MediaType.ALL)
  public CompletableFuture<HttpResponse<ObjectNode>> submit(HttpRequest<?> request, @Nullable @Body String body) {
    stats.increment(DIALECT, Stats.Counter.SUBMITS_ATTEMPTED);
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(refused.get());
    }
    Optional<ObjectNode> json = Json.parseObject(body);
    if (json.isEmpty()) {
      return CompletableFuture.completedFuture(OpenApiBodies.error(OpenApiError.INVALID_REQUEST, "Request body must be a JSON object"));
    }
    TaskSpec spec;
    try {
      spec = OpenApiRequests.parse(json.get());
    } catch (InvalidRequest e) {
      return CompletableFuture.completedFuture(OpenApiBodies.error(OpenApiError.INVALID_REQUEST, e.getMessage()));
    }
    long charge = OpenApiCatalogue.credits(spec.resolution(), spec.durationSeconds());
    SubmitOutcome outcome = submissions.submit(DIALECT, "req_", spec, charge, baseUrls.of(request));
    if (outcome.rejected() == SubmitOutcome.Rejection.INTERNAL_ERROR) {
      return CompletableFuture.completedFuture(OpenApiBodies.error(OpenApiError.INTERNAL_ERROR, "An unexpected server-side error occurred"));
    }
    if (outcome.rejected() == SubmitOutcome.Rejection.INSUFFICIENT_CREDITS) {
      return CompletableFuture.completedFuture(OpenApiBodies.error(OpenApiError.INSUFFICIENT_CREDITS,
          "The account does not have enough credits: " + charge + " needed"));
    }
    // The task exists from here on; the slowSubmits fault may hold the answer back.
    return slowSubmits.answer(DIALECT, OpenApiBodies.ok(OpenApiBodies.submitted(outcome.task())));
  }

  /**
   * @param request   the request
   * @param requestId the task id
   * @return 200 with the status body, or an error
   */
  @Get("/video/generations/{requestId}")
  public HttpResponse<ObjectNode> status(HttpRequest<?> request, String requestId) {
    stats.increment(DIALECT, Stats.Counter.STATUS_CALLS);
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = ownTask(requestId);
    if (task.isEmpty()) {
      return notFound(requestId);
    }
    return OpenApiBodies.ok(OpenApiBodies.status(task.get(), task.get().observe(clock.now())));
  }

  /**
   * Cancels a queued or processing task. Cancelling a cancelled task answers 200 again
   * (idempotent); cancelling a succeeded or failed task answers 400 {@code invalid_request}
   * and changes nothing (our choice: the seed says only "Cancel a queued or processing task").
   * A cancelled task's credits are refunded and its webhook (status cancelled) is sent.
   *
   * @param request   the request
   * @param requestId the task id
   * @return 200 {@code {"success":true,"requestId","status":"cancelled"}}, or an error
   */
  @Post("/video/generations/{requestId}/cancel")
  @Consumes(MediaType.ALL)
  public HttpResponse<ObjectNode> cancel(HttpRequest<?> request, String requestId) {
    stats.increment(DIALECT, Stats.Counter.CANCELS);
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = ownTask(requestId);
    if (task.isEmpty()) {
      return notFound(requestId);
    }
    TaskState after = task.get().cancel(clock.now());
    monitor.check(task.get());
    if (after.phase() != TaskPhase.CANCELLED) {
      return OpenApiBodies.error(OpenApiError.INVALID_REQUEST,
          "Task " + requestId + " is already " + OpenApiBodies.status(after.phase()) + " and cannot be cancelled");
    }
    return OpenApiBodies.ok(Json.object().put("success", true).put("requestId", requestId).put("status", "cancelled"));
  }

  /** @return the model list of seed 000's models endpoint example, for the three models */
  @Get("/models")
  public HttpResponse<ObjectNode> models() {
    return OpenApiBodies.ok(OpenApiCatalogue.modelsBody());
  }

  private Optional<HttpResponse<ObjectNode>> gate(HttpRequest<?> request) {
    if (!BearerAuth.matches(request, settings.apiKey())) {
      return Optional.of(OpenApiBodies.error(OpenApiError.UNAUTHORIZED, "Invalid API key"));
    }
    if (faults.consume(FaultKind.RATE_LIMITED, DIALECT)) {
      return Optional.of(OpenApiBodies.error(OpenApiError.RATE_LIMITED, "Rate limit exceeded")
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(faults.retryAfterSeconds())));
    }
    return Optional.empty();
  }

  private Optional<SimTask> ownTask(String id) {
    return store.find(id).filter(t -> t.dialect() == DIALECT);
  }

  private static HttpResponse<ObjectNode> notFound(String id) {
    return OpenApiBodies.error(OpenApiError.NOT_FOUND, "Task " + id + " does not exist for this API key");
  }
}
