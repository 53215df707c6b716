package io.seedancerunner.simulator.unified;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import io.seedancerunner.simulator.tasks.TaskState;
import io.seedancerunner.simulator.tasks.TaskStore;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The unified dialect (seed 004) under {@code /sim/unified}: {@code POST /v1/videos/generations},
 * {@code GET /v1/tasks/{task_id}} and {@code POST /v1/tasks/{task_id}/cancel}. The cancel endpoint
 * is our choice: the seed's task shape has {@code task_info.can_cancel} but names no endpoint.
 *
 * <p>Checks, in order: Bearer key (401 {@code authentication_error}), the {@code rateLimited}
 * fault (429 {@code rate_limit_error} with {@code Retry-After}), the body (400
 * {@code invalid_request_error}), the {@code submitErrors} fault (500
 * {@code internal_server_error}), credits (402 {@code insufficient_quota_error}); the
 * {@code slowSubmits} fault may hold the answer back. An unknown or foreign task is 404
 * {@code not_found_error}. The submit answers 200 with the task, {@code pending} (our choice of
 * status code: the seed shows the body only).
 */
@Controller("/sim/unified/v1")
@Requires(property = "simulator.enabled", notEquals = "false")
public class UnifiedController {

  private static final Dialect DIALECT = Dialect.UNIFIED;

  private final UnifiedSettings settings;
  private final Submissions submissions;
  private final TaskStore store;
  private final TaskMonitor monitor;
  private final SimClock clock;
  private final Faults faults;
  private final Stats stats;
  private final BaseUrls baseUrls;
  private final SlowSubmits slowSubmits;

  /**
   * @param settings    unified settings
   * @param submissions task creation
   * @param store       tasks
   * @param monitor     lifecycle monitor
   * @param clock       simulator clock
   * @param faults      armed faults
   * @param stats       statistics
   * @param baseUrls    result URL base
   * @param slowSubmits the slowSubmits fault
   */
  public UnifiedController(UnifiedSettings settings, Submissions submissions, TaskStore store, TaskMonitor monitor,
      SimClock clock, Faults faults, Stats stats, BaseUrls baseUrls, SlowSubmits slowSubmits) {
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
   * @return 200 with the task ({@code pending}), or an error
   */
  @Post("/videos/generations")
  @Consumes(MediaType.ALL)
  public CompletableFuture<HttpResponse<ObjectNode>> submit(HttpRequest<?> request, @Nullable @Body String body) {
    stats.increment(DIALECT, Stats.Counter.SUBMITS_ATTEMPTED);
    Optional<MutableHttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return done(refused.get());
    }
    Optional<ObjectNode> json = Json.parseObject(body);
    if (json.isEmpty()) {
      return done(UnifiedBodies.error(UnifiedError.INVALID_REQUEST, "Request body must be a JSON object", null));
    }
    UnifiedRequest parsed;
    try {
      parsed = UnifiedRequests.parse(json.get(), settings.allowPrivateCallbacks());
    } catch (InvalidUnifiedRequest e) {
      return done(UnifiedBodies.error(UnifiedError.INVALID_REQUEST, e.getMessage(), e.param()));
    }
    long charge = parsed.credits();
    Instant now = clock.now();
    SubmitOutcome outcome = submissions.submit(DIALECT, "task-unified-" + now.getEpochSecond() + "-", parsed.toSpec(),
        charge, baseUrls.of(request));
    if (outcome.rejected() == SubmitOutcome.Rejection.INTERNAL_ERROR) {
      return done(UnifiedBodies.error(UnifiedError.INTERNAL, "Internal server error, try again later", null));
    }
    if (outcome.rejected() == SubmitOutcome.Rejection.INSUFFICIENT_CREDITS) {
      return done(UnifiedBodies.error(UnifiedError.INSUFFICIENT_QUOTA,
          "Insufficient credits: " + charge + " needed", null));
    }
    SimTask task = outcome.task();
    // The task exists from here on; the slowSubmits fault may hold the answer back. The answer
    // describes the task as created: read at its own creation instant, not at `now` (taken before
    // the task existed), or estimated_time rounds up a second whenever the submit took a millisecond.
    Instant created = task.createdAt();
    return slowSubmits.answer(DIALECT, UnifiedBodies.ok(UnifiedBodies.task(task, task.observe(created), created)));
  }

  /**
   * @param request the request
   * @param taskId  the task id
   * @return 200 with the task, or an error
   */
  @Get("/tasks/{taskId}")
  public HttpResponse<ObjectNode> task(HttpRequest<?> request, String taskId) {
    stats.increment(DIALECT, Stats.Counter.STATUS_CALLS);
    Optional<MutableHttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = ownTask(taskId);
    if (task.isEmpty()) {
      return notFound(taskId);
    }
    Instant now = clock.now();
    return UnifiedBodies.ok(UnifiedBodies.task(task.get(), task.get().observe(now), now));
  }

  /**
   * Cancels a pending or processing task ({@code task_info.can_cancel} true). Cancelling a
   * cancelled task answers 200 again; a completed or failed one answers 400
   * {@code invalid_request_error} and changes nothing (our choices). A cancelled task's
   * reservation is released and its callback (status {@code cancelled}) is sent.
   *
   * @param request the request
   * @param taskId  the task id
   * @return 200 with the task, now {@code cancelled}, or an error
   */
  @Post("/tasks/{taskId}/cancel")
  @Consumes(MediaType.ALL)
  public HttpResponse<ObjectNode> cancel(HttpRequest<?> request, String taskId) {
    stats.increment(DIALECT, Stats.Counter.CANCELS);
    Optional<MutableHttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = ownTask(taskId);
    if (task.isEmpty()) {
      return notFound(taskId);
    }
    Instant now = clock.now();
    TaskState after = task.get().cancel(now);
    monitor.check(task.get());
    if (after.phase() != TaskPhase.CANCELLED) {
      return UnifiedBodies.error(UnifiedError.INVALID_REQUEST, "Task " + taskId + " is already "
          + UnifiedBodies.status(after.phase()) + " and cannot be cancelled", "task_id");
    }
    return UnifiedBodies.ok(UnifiedBodies.task(task.get(), after, now));
  }

  private Optional<MutableHttpResponse<ObjectNode>> gate(HttpRequest<?> request) {
    if (!BearerAuth.matches(request, settings.apiKey())) {
      return Optional.of(UnifiedBodies.error(UnifiedError.AUTHENTICATION, "Invalid or expired API token", null));
    }
    if (faults.consume(FaultKind.RATE_LIMITED, DIALECT)) {
      return Optional.of(UnifiedBodies.error(UnifiedError.RATE_LIMIT, "Too many requests, retry after the suggested interval", null)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(faults.retryAfterSeconds())));
    }
    return Optional.empty();
  }

  private Optional<SimTask> ownTask(String id) {
    return store.find(id).filter(t -> t.dialect() == DIALECT);
  }

  private static MutableHttpResponse<ObjectNode> notFound(String id) {
    return UnifiedBodies.error(UnifiedError.NOT_FOUND, "Task " + id + " not found", "task_id");
  }

  private static CompletableFuture<HttpResponse<ObjectNode>> done(HttpResponse<ObjectNode> response) {
    return CompletableFuture.completedFuture(response);
  }
}
