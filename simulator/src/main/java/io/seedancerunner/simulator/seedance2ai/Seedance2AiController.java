package io.seedancerunner.simulator.seedance2ai;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.seedancerunner.simulator.tasks.TaskStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * The seedance2ai dialect (seed 003) under {@code /sim/seedance2ai}:
 * {@code POST /api/v1/video/seedance2} (with {@code Idempotency-Key}) and
 * {@code GET /api/v1/tasks/{id}}. No cancel endpoint and no callbacks: the seed documents neither.
 *
 * <p>Checks, in order, on every request: Bearer key (401 {@code unauthorized}); a request that
 * arrives before the end of a Retry-After this account was given is counted
 * ({@code retryAfterViolations}); the {@code rateLimited} fault (429 {@code rate_limited} with
 * {@code Retry-After}); the quota (429, see {@link Seedance2AiQuota}); the
 * {@code seedance2aiServiceBusy} fault (503 {@code service_busy}). Then, on a submit: the body
 * (400 {@code invalid_request}), the Idempotency-Key (see {@link IdempotencyKeys}: the original
 * receipt again, or 409 {@code idempotency_conflict}), the {@code submitErrors} fault (500
 * {@code internal_error}), credits (402 {@code insufficient_credits}); and the {@code slowSubmits}
 * fault may hold the 202 back. A status call for an unknown task, or one of another key owner, is
 * 404 {@code not_found}.
 *
 * <p>Our choices: the {@code Idempotency-Key} header is optional (without it every submit creates a
 * task); a blank one counts as absent; one longer than 255 characters is 400. A replayed receipt
 * carries {@code Idempotent-Replayed: true}.
 */
@Controller("/sim/seedance2ai/api/v1")
@Requires(property = "simulator.enabled", notEquals = "false")
public class Seedance2AiController {

  /** The request header of seed 003. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** Marks a receipt answered again for a repeated key (our choice, as several APIs do). */
  public static final String REPLAYED = "Idempotent-Replayed";
  static final int KEY_MAX = 255;

  private static final Dialect DIALECT = Dialect.SEEDANCE2AI;

  private final Seedance2AiSettings settings;
  private final Submissions submissions;
  private final TaskStore store;
  private final SimClock clock;
  private final Faults faults;
  private final Stats stats;
  private final BaseUrls baseUrls;
  private final SlowSubmits slowSubmits;
  private final Seedance2AiQuota quota;
  private final Seedance2AiServiceBusy busy;
  private final IdempotencyKeys keys;

  /**
   * @param settings    seedance2ai settings
   * @param submissions task creation
   * @param store       tasks
   * @param clock       simulator clock
   * @param faults      armed faults
   * @param stats       statistics
   * @param baseUrls    result URL base
   * @param slowSubmits the slowSubmits fault
   * @param quota       the per-account quota
   * @param busy        the service_busy fault
   * @param keys        the idempotency keys
   */
  public Seedance2AiController(Seedance2AiSettings settings, Submissions submissions, TaskStore store,
      SimClock clock, Faults faults, Stats stats, BaseUrls baseUrls, SlowSubmits slowSubmits,
      Seedance2AiQuota quota, Seedance2AiServiceBusy busy, IdempotencyKeys keys) {
    this.settings = settings;
    this.submissions = submissions;
    this.store = store;
    this.clock = clock;
    this.faults = faults;
    this.stats = stats;
    this.baseUrls = baseUrls;
    this.slowSubmits = slowSubmits;
    this.quota = quota;
    this.busy = busy;
    this.keys = keys;
  }

  /** The request's account: its API key and that key's index in the settings. */
  private record Account(String apiKey, int index) {}

  /**
   * Submits a generation.
   *
   * @param request the request
   * @param body    raw JSON body
   * @return 202 with the receipt, or an error
   */
  @Post("/video/seedance2")
  @Consumes(MediaType.ALL)
  public CompletableFuture<HttpResponse<ObjectNode>> submit(HttpRequest<?> request, @Nullable @Body String body) {
    stats.increment(DIALECT, Stats.Counter.SUBMITS_ATTEMPTED);
    Optional<Account> account = account(request);
    Optional<MutableHttpResponse<ObjectNode>> refused = gate(account);
    if (refused.isPresent()) {
      return done(refused.get());
    }
    String apiKey = account.get().apiKey();
    Optional<ObjectNode> json = Json.parseObject(body);
    if (json.isEmpty()) {
      return done(Seedance2AiBodies.error(Seedance2AiError.INVALID_REQUEST, "Invalid request body"));
    }
    String key = request.getHeaders().get(IDEMPOTENCY_KEY);
    key = key == null || key.isBlank() ? null : key.trim();
    if (key != null && key.length() > KEY_MAX) {
      return done(Seedance2AiBodies.error(Seedance2AiError.INVALID_REQUEST,
          IDEMPOTENCY_KEY + " must be at most " + KEY_MAX + " characters"));
    }
    if (key != null) {
      IdempotencyKeys.Claim claim = keys.claim(apiKey, key, json.get());
      switch (claim.verdict()) {
        case REPLAY -> {
          return done(Seedance2AiBodies.accepted(claim.receipt()).header(REPLAYED, "true"));
        }
        case DIFFERENT_BODY -> {
          return done(Seedance2AiBodies.error(Seedance2AiError.IDEMPOTENCY_CONFLICT,
              "Idempotency-Key was already used with a different body"));
        }
        case STILL_RUNNING -> {
          return done(Seedance2AiBodies.error(Seedance2AiError.IDEMPOTENCY_CONFLICT,
              "A request with this Idempotency-Key is still running"));
        }
        case PROCEED -> { }
      }
    }
    MutableHttpResponse<ObjectNode> answer = create(request, json.get(), account.get());
    if (key == null) {
      return slowSubmitsFor(answer);
    }
    if (answer.status().getCode() != 202) {
      keys.release(apiKey, key);
      return done(answer);
    }
    keys.created(apiKey, key, answer.body());
    String boundKey = key;
    return slowSubmitsFor(answer).thenApply(r -> {
      keys.answered(apiKey, boundKey);
      return r;
    });
  }

  /** Validates and creates the task: 202 with the receipt, or 400, 402, 500. */
  private MutableHttpResponse<ObjectNode> create(HttpRequest<?> request, ObjectNode json, Account account) {
    Seedance2AiRequest parsed;
    try {
      parsed = Seedance2AiRequests.parse(json);
    } catch (InvalidSeedance2AiRequest e) {
      return Seedance2AiBodies.error(Seedance2AiError.INVALID_REQUEST, e.getMessage());
    }
    long charge = parsed.credits();
    SubmitOutcome outcome = submissions.submit(DIALECT, "sd2_", parsed.toSpec(account.index()), charge,
        baseUrls.of(request));
    if (outcome.rejected() == SubmitOutcome.Rejection.INTERNAL_ERROR) {
      return Seedance2AiBodies.error(Seedance2AiError.INTERNAL_ERROR, "Unexpected server-side failure");
    }
    if (outcome.rejected() == SubmitOutcome.Rejection.INSUFFICIENT_CREDITS) {
      return Seedance2AiBodies.error(Seedance2AiError.INSUFFICIENT_CREDITS,
          "Not enough credits on the balance: " + charge + " needed");
    }
    return Seedance2AiBodies.accepted(Seedance2AiBodies.receipt(outcome.task()));
  }

  /** The task exists once the answer is a 202: the slowSubmits fault may hold that answer back. */
  private CompletableFuture<HttpResponse<ObjectNode>> slowSubmitsFor(MutableHttpResponse<ObjectNode> answer) {
    if (answer.status().getCode() != 202) {
      return done(answer);
    }
    return slowSubmits.answer(DIALECT, answer);
  }

  /**
   * @param request the request
   * @param id      the task id
   * @return 200 with the task, or an error
   */
  @Get("/tasks/{id}")
  public HttpResponse<ObjectNode> task(HttpRequest<?> request, String id) {
    stats.increment(DIALECT, Stats.Counter.STATUS_CALLS);
    Optional<Account> account = account(request);
    Optional<MutableHttpResponse<ObjectNode>> refused = gate(account);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = store.find(id).filter(t -> t.dialect() == DIALECT)
        .filter(t -> owner(t) == account.get().index());
    if (task.isEmpty()) {
      return Seedance2AiBodies.error(Seedance2AiError.NOT_FOUND,
          "Task " + id + " does not exist or does not belong to this key owner");
    }
    Instant now = clock.now();
    return Seedance2AiBodies.ok(Seedance2AiBodies.task(task.get(), task.get().observe(now), now));
  }

  private Optional<Account> account(HttpRequest<?> request) {
    List<String> apiKeys = settings.apiKeys();
    for (int i = 0; i < apiKeys.size(); i++) {
      if (BearerAuth.matches(request, apiKeys.get(i))) {
        return Optional.of(new Account(apiKeys.get(i), i));
      }
    }
    return Optional.empty();
  }

  private Optional<MutableHttpResponse<ObjectNode>> gate(Optional<Account> account) {
    if (account.isEmpty()) {
      return Optional.of(Seedance2AiBodies.error(Seedance2AiError.UNAUTHORIZED, "Missing, invalid, or revoked API key"));
    }
    String apiKey = account.get().apiKey();
    Instant now = clock.now();
    if (quota.violates(apiKey, now)) {
      stats.increment(DIALECT, Stats.Counter.RETRY_AFTER_VIOLATIONS);
    }
    if (faults.consume(FaultKind.RATE_LIMITED, DIALECT)) {
      quota.gave(apiKey, now.plusSeconds(faults.retryAfterSeconds()));
      return Optional.of(rateLimited(faults.retryAfterSeconds()));
    }
    OptionalLong wait = quota.acquire(apiKey, now);
    if (wait.isPresent()) {
      stats.increment(DIALECT, Stats.Counter.RATE_LIMITED);
      return Optional.of(rateLimited(wait.getAsLong()));
    }
    if (busy.consume()) {
      return Optional.of(Seedance2AiBodies.error(Seedance2AiError.SERVICE_BUSY,
          "Temporary upstream or credit-concurrency issue. Retry."));
    }
    return Optional.empty();
  }

  private static MutableHttpResponse<ObjectNode> rateLimited(long seconds) {
    return Seedance2AiBodies.error(Seedance2AiError.RATE_LIMITED,
        "Too many requests; retry after " + seconds + " s (Retry-After)")
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
  }

  private static int owner(SimTask task) {
    JsonNode owner = task.spec().metadata() == null ? null : task.spec().metadata().get(Seedance2AiRequest.OWNER);
    return owner == null ? -1 : owner.asInt();
  }

  private static CompletableFuture<HttpResponse<ObjectNode>> done(HttpResponse<ObjectNode> response) {
    return CompletableFuture.completedFuture(response);
  }
}
