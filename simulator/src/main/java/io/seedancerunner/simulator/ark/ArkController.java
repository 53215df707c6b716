package io.seedancerunner.simulator.ark;

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
import io.micronaut.http.annotation.Delete;
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
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.Submissions;
import io.seedancerunner.simulator.tasks.SubmitOutcome;
import io.seedancerunner.simulator.tasks.TaskMonitor;
import io.seedancerunner.simulator.tasks.TaskSpec;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The ark dialect (BytePlus ModelArk video generation, https://docs.byteplus.com/en/docs/ModelArk/1520757)
 * under {@code /sim/ark}, so the API is at {@code /sim/ark/api/v3}:
 * <ul>
 *   <li>{@code POST /contents/generations/tasks}: create, answers {@code {"id":"cgt-..."}};</li>
 *   <li>{@code GET /contents/generations/tasks/{id}}: the task object ({@link ArkBodies#task});</li>
 *   <li>{@code DELETE /contents/generations/tasks/{id}}: cancels a queued task, deletes the record
 *       of a succeeded, failed or expired one, refuses a running or cancelled one (400
 *       {@code InvalidParameter}); answers {@code {}} (cancel or delete API, as mirrored at
 *       https://docs.powertokens.ai/en/zmodelVideo/byteplus/seedance/cancel-delete-video-task);</li>
 *   <li>{@code GET /contents/generations/tasks}: the list, see {@link ArkListQuery}.</li>
 * </ul>
 *
 * <p>Checks, in order: Bearer key (401 {@code AuthenticationError}), the {@code rateLimited}
 * fault (429 {@code RateLimitExceeded.EndpointRPMExceeded} with {@code Retry-After}), then for a
 * create: the body (400 / 404 codes, see {@link ArkRequests}), the queued-task cap (429
 * {@code QuotaExceeded} with {@code Retry-After}), the {@code submitErrors} fault (500
 * {@code InternalServiceError}), the token credits (403 {@code AccountOverdueError}). No
 * idempotency of any kind: two identical creates make two tasks.
 */
@Controller("/sim/ark/api/v3/contents/generations/tasks")
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkController {

  private static final Dialect DIALECT = Dialect.ARK;

  private final ArkSettings settings;
  private final ArkTasks tasks;
  private final ArkBodies bodies;
  private final Submissions submissions;
  private final TaskMonitor monitor;
  private final Faults faults;
  private final Stats stats;
  private final BaseUrls baseUrls;
  private final SlowSubmits slowSubmits;
  private final SecureRandom random = new SecureRandom();
  private final Object capLock = new Object();

  /**
   * @param settings    ark settings
   * @param tasks       ark task states
   * @param bodies      ark bodies
   * @param submissions task creation
   * @param monitor     lifecycle monitor
   * @param faults      armed faults
   * @param stats       statistics
   * @param baseUrls    result URL base
   * @param slowSubmits the slowSubmits fault
   */
  public ArkController(ArkSettings settings, ArkTasks tasks, ArkBodies bodies, Submissions submissions,
      TaskMonitor monitor, Faults faults, Stats stats, BaseUrls baseUrls, SlowSubmits slowSubmits) {
    this.settings = settings;
    this.tasks = tasks;
    this.bodies = bodies;
    this.submissions = submissions;
    this.monitor = monitor;
    this.faults = faults;
    this.stats = stats;
    this.baseUrls = baseUrls;
    this.slowSubmits = slowSubmits;
  }

  /**
   * Creates a task.
   *
   * @param request the request
   * @param body    raw JSON body
   * @return 200 {@code {"id":"cgt-..."}} or an error
   */
  @Post
  @Consumes(MediaType.ALL)
  public CompletableFuture<HttpResponse<ObjectNode>> create(HttpRequest<?> request, @Nullable @Body String body) {
    stats.increment(DIALECT, Stats.Counter.SUBMITS_ATTEMPTED);
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(refused.get());
    }
    Optional<ObjectNode> json = Json.parseObject(body);
    if (json.isEmpty()) {
      return done(ArkBodies.error(ArkError.INVALID_PARAMETER, "The request body must be a JSON object.", ""));
    }
    TaskSpec spec;
    try {
      spec = ArkRequests.parse(json.get(), settings, random);
    } catch (InvalidArkRequest e) {
      return done(ArkBodies.error(e.error(), e.getMessage(), e.param()));
    }
    long tokens = new ArkOrder(spec).tokens();
    SubmitOutcome outcome;
    synchronized (capLock) {
      long active = activeTasks();
      if (active >= settings.maxQueuedTasks()) {
        stats.increment(DIALECT, Stats.Counter.RATE_LIMITED);
        return done(ArkBodies.error(ArkError.QUOTA_EXCEEDED, "The account has " + active
            + " queued or running tasks; at most " + settings.maxQueuedTasks() + " are allowed.", "")
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(faults.retryAfterSeconds())));
      }
      outcome = submissions.submit(DIALECT, "cgt-", spec, tokens, baseUrls.of(request));
    }
    if (outcome.rejected() == SubmitOutcome.Rejection.INTERNAL_ERROR) {
      return done(ArkBodies.error(ArkError.INTERNAL, null, ""));
    }
    if (outcome.rejected() == SubmitOutcome.Rejection.INSUFFICIENT_CREDITS) {
      return done(ArkBodies.error(ArkError.ACCOUNT_OVERDUE, "The request failed because your account has an "
          + "overdue balance: " + tokens + " tokens needed.", ""));
    }
    // The task exists from here on; the slowSubmits fault may hold the answer back.
    return slowSubmits.answer(DIALECT, ArkBodies.ok(ArkBodies.created(outcome.task())));
  }

  /**
   * @param request the request
   * @param id      the task id
   * @return 200 with the task object, or an error
   */
  @Get("/{id}")
  public HttpResponse<ObjectNode> get(HttpRequest<?> request, String id) {
    stats.increment(DIALECT, Stats.Counter.STATUS_CALLS);
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = current(id);
    if (task.isEmpty()) {
      return notFound(id);
    }
    return ArkBodies.ok(bodies.task(task.get(), tasks.statusOf(task.get())));
  }

  /**
   * Cancels a queued task or deletes an ended task's record.
   *
   * @param request the request
   * @param id      the task id
   * @return 200 {@code {}}, 400 {@code InvalidParameter} for a running or cancelled task, or 404
   */
  @Delete("/{id}")
  @Consumes(MediaType.ALL)
  public HttpResponse<ObjectNode> delete(HttpRequest<?> request, String id) {
    stats.increment(DIALECT, Stats.Counter.CANCELS);
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = current(id);
    if (task.isEmpty()) {
      return notFound(id);
    }
    ArkStatus before = tasks.statusOf(task.get());
    ArkTasks.Deletion done = tasks.delete(task.get());
    monitor.check(task.get());
    if (done == ArkTasks.Deletion.REFUSED) {
      return ArkBodies.error(ArkError.INVALID_PARAMETER, "The task " + id + " is " + before.word()
          + "; only a queued task can be cancelled and only an ended task deleted.", "id");
    }
    return ArkBodies.ok(Json.object());
  }

  /**
   * @param request the request, with the query parameters of {@link ArkListQuery}
   * @return 200 {@code {"items":[...],"total":n}}, or 400 for a bad parameter
   */
  @Get
  public HttpResponse<ObjectNode> list(HttpRequest<?> request) {
    Optional<HttpResponse<ObjectNode>> refused = gate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    ArkListQuery query;
    try {
      query = ArkListQuery.of(request.getParameters());
    } catch (InvalidArkRequest e) {
      return ArkBodies.error(e.error(), e.getMessage(), e.param());
    }
    tasks.all().forEach(this::expireIfDue);
    List<SimTask> matching = tasks.all().stream().filter(t -> query.matches(t, tasks.statusOf(t))).toList();
    return ArkBodies.ok(bodies.list(query.page(matching), matching.size()));
  }

  private long activeTasks() {
    long active = 0;
    for (SimTask task : tasks.all()) {
      expireIfDue(task);
      if (!tasks.statusOf(task).terminal()) {
        active++;
      }
    }
    return active;
  }

  private Optional<SimTask> current(String id) {
    Optional<SimTask> task = tasks.find(id);
    task.ifPresent(this::expireIfDue);
    return task;
  }

  private void expireIfDue(SimTask task) {
    if (tasks.expireIfDue(task)) {
      monitor.check(task);
    }
  }

  private Optional<HttpResponse<ObjectNode>> gate(HttpRequest<?> request) {
    if (!BearerAuth.matches(request, settings.apiKey())) {
      return Optional.of(ArkBodies.error(ArkError.AUTHENTICATION, null, ""));
    }
    if (faults.consume(FaultKind.RATE_LIMITED, DIALECT)) {
      return Optional.of(ArkBodies.error(ArkError.RATE_LIMITED, null, "")
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(faults.retryAfterSeconds())));
    }
    return Optional.empty();
  }

  private static HttpResponse<ObjectNode> notFound(String id) {
    return ArkBodies.error(ArkError.TASK_NOT_FOUND, "The specified task " + id + " is not found.", "id");
  }

  private static CompletableFuture<HttpResponse<ObjectNode>> done(HttpResponse<ObjectNode> response) {
    return CompletableFuture.completedFuture(response);
  }
}
