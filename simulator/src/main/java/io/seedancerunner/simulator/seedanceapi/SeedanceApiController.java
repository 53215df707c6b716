package io.seedancerunner.simulator.seedanceapi;

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
import io.micronaut.http.annotation.QueryValue;
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
import io.seedancerunner.simulator.tasks.TaskSpec;
import io.seedancerunner.simulator.tasks.TaskStore;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The seedanceapi dialect (seed 001) under {@code /sim/seedanceapi}: {@code POST /v1/generate}
 * and {@code GET /v1/status?task_id=}. No cancel endpoint (the seed has none).
 *
 * <p>Checks, in order: Bearer key (401 INVALID_API_KEY), the {@code rateLimited} fault (429
 * RATE_LIMITED with {@code Retry-After}), the body (400 codes), the {@code submitErrors} fault
 * (500 INTERNAL_ERROR), credits (402 INSUFFICIENT_CREDITS). A status call without
 * {@code task_id} answers 404 TASK_NOT_FOUND (the seed has no code for it).
 */
@Controller("/sim/seedanceapi/v1")
@Requires(property = "simulator.enabled", notEquals = "false")
public class SeedanceApiController {

  private static final Dialect DIALECT = Dialect.SEEDANCEAPI;

  private final SeedanceApiSettings settings;
  private final Submissions submissions;
  private final TaskStore store;
  private final SimClock clock;
  private final Faults faults;
  private final Stats stats;
  private final BaseUrls baseUrls;
  private final SlowSubmits slowSubmits;

  /**
   * @param settings    seedanceapi settings
   * @param submissions task creation
   * @param store       tasks
   * @param clock       simulator clock
   * @param faults      armed faults
   * @param stats       statistics
   * @param baseUrls    result URL base
   * @param slowSubmits the slowSubmits fault
   */
  public SeedanceApiController(SeedanceApiSettings settings, Submissions submissions, TaskStore store,
      SimClock clock, Faults faults, Stats stats, BaseUrls baseUrls,
      SlowSubmits slowSubmits) {
    this.settings = settings;
    this.submissions = submissions;
    this.store = store;
    this.clock = clock;
    this.faults = faults;
    this.stats = stats;
    this.baseUrls = baseUrls;
    this.slowSubmits = slowSubmits;
  }

  /**
   * @param request the request
   * @param body    raw JSON body
   * @return 200 {@code {"code":200,"message":"success","data":{"task_id","status":"IN_PROGRESS"}}} or an error
   */
  @Post("/generate")
  @Consumes(MediaType.ALL)
  public CompletableFuture<HttpResponse<ObjectNode>> generate(HttpRequest<?> request, @Nullable @Body String body) {
    stats.increment(DIALECT, Stats.Counter.SUBMITS_ATTEMPTED);
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(refused.get());
    }
    Optional<ObjectNode> json = Json.parseObject(body);
    if (json.isEmpty()) {
      return CompletableFuture.completedFuture(SeedanceApiBodies.error(SeedanceApiError.INVALID_PROMPT, "request body must be a JSON object"));
    }
    TaskSpec spec;
    try {
      spec = SeedanceApiRequests.parse(json.get());
    } catch (InvalidSeedanceRequest e) {
      return CompletableFuture.completedFuture(SeedanceApiBodies.error(e.error(), e.getMessage()));
    }
    long charge = SeedanceApiCatalogue.credits(spec.resolution(), spec.durationSeconds(), spec.generateAudio());
    SubmitOutcome outcome = submissions.submit(DIALECT, "seed", spec, charge, baseUrls.of(request));
    if (outcome.rejected() == SubmitOutcome.Rejection.INTERNAL_ERROR) {
      return CompletableFuture.completedFuture(SeedanceApiBodies.error(SeedanceApiError.INTERNAL_ERROR, null));
    }
    if (outcome.rejected() == SubmitOutcome.Rejection.INSUFFICIENT_CREDITS) {
      return CompletableFuture.completedFuture(SeedanceApiBodies.error(SeedanceApiError.INSUFFICIENT_CREDITS, charge + " credits needed"));
    }
    // The task exists from here on; the slowSubmits fault may hold the answer back.
    return slowSubmits.answer(DIALECT, SeedanceApiBodies.ok(SeedanceApiBodies.submitted(outcome.task())));
  }

  /**
   * @param request the request
   * @param taskId  the task id
   * @return 200 with the status data, or an error
   */
  @Get("/status")
  public HttpResponse<ObjectNode> status(HttpRequest<?> request, @Nullable @QueryValue("task_id") String taskId) {
    stats.increment(DIALECT, Stats.Counter.STATUS_CALLS);
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (taskId == null || taskId.isBlank()) {
      return SeedanceApiBodies.error(SeedanceApiError.TASK_NOT_FOUND, "task_id is required");
    }
    Optional<SimTask> task = store.find(taskId).filter(t -> t.dialect() == DIALECT);
    if (task.isEmpty()) {
      return SeedanceApiBodies.error(SeedanceApiError.TASK_NOT_FOUND, null);
    }
    return SeedanceApiBodies.ok(SeedanceApiBodies.status(task.get(), task.get().observe(clock.now())));
  }

  private Optional<HttpResponse<ObjectNode>> gate(HttpRequest<?> request) {
    if (!BearerAuth.matches(request, settings.apiKey())) {
      return Optional.of(SeedanceApiBodies.error(SeedanceApiError.INVALID_API_KEY, null));
    }
    if (faults.consume(FaultKind.RATE_LIMITED, DIALECT)) {
      return Optional.of(SeedanceApiBodies.error(SeedanceApiError.RATE_LIMITED, null)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(faults.retryAfterSeconds())));
    }
    return Optional.empty();
  }
}
