package io.seedancerunner.simulator.openaivideos;

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
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.admin.FaultKind;
import io.seedancerunner.simulator.admin.Faults;
import io.seedancerunner.simulator.admin.FileRequest;
import io.seedancerunner.simulator.admin.Stats;
import io.seedancerunner.simulator.http.BaseUrls;
import io.seedancerunner.simulator.http.BearerAuth;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.http.SlowSubmits;
import io.seedancerunner.simulator.media.FileController;
import io.seedancerunner.simulator.media.PixelSizes;
import io.seedancerunner.simulator.tasks.SimClock;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.Submissions;
import io.seedancerunner.simulator.tasks.SubmitOutcome;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskSpec;
import io.seedancerunner.simulator.tasks.TaskStore;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The openai-videos dialect (seed 002) under {@code /sim/openai-videos}:
 * {@code POST /v1/videos} (alias {@code POST /v1/video/generations}),
 * {@code GET /v1/videos/{task_id}} (alias {@code GET /v1/video/generations/{task_id}}),
 * {@code GET /v1/videos/{task_id}/content} (the MP4, with {@code Range} and 206) and, our
 * addition, {@code GET /v1/videos/{task_id}/last_frame} (the PNG of {@code return_last_frame}).
 * No cancel endpoint (the seed has none). Every endpoint needs the Bearer key.
 *
 * <p>Checks, in order: Bearer key (401 {@code invalid_api_key}), the {@code rateLimited} fault
 * (429 {@code rate_limit_exceeded} with {@code Retry-After}; submit and status only), the body
 * (200 with {@code invalid_request} or {@code model_not_found}), the {@code submitErrors} fault
 * (500 {@code internal_error}), credits (200 with {@code insufficient_quota}); a created task may
 * have its answer held back by the {@code slowSubmits} fault. See {@link OpenAiVideosError}.
 *
 * <p>The submit takes the seed's JSON body, or the multipart form the official OpenAI SDKs send
 * (see {@link OpenAiVideosForms}).
 */
@Controller("/sim/openai-videos/v1")
@Requires(property = "simulator.enabled", notEquals = "false")
public class OpenAiVideosController {

  private static final Dialect DIALECT = Dialect.OPENAI_VIDEOS;
  private static final MediaType PNG = MediaType.of("image/png");

  private final OpenAiVideosSettings settings;
  private final Submissions submissions;
  private final TaskStore store;
  private final SimClock clock;
  private final Faults faults;
  private final Stats stats;
  private final BaseUrls baseUrls;
  private final SlowSubmits slowSubmits;
  private final FileController files;
  private final GatewayQueue queue;
  private final LastFrameImages lastFrames;

  /**
   * @param settings    openai-videos settings
   * @param submissions task creation
   * @param store       tasks
   * @param clock       simulator clock
   * @param faults      armed faults
   * @param stats       statistics
   * @param baseUrls    base of the task's file URL
   * @param slowSubmits the slowSubmits fault
   * @param files       the result file server, which the content endpoint delegates to
   * @param queue       the SUBMITTED/QUEUED rule
   * @param lastFrames  last frame images
   */
  public OpenAiVideosController(OpenAiVideosSettings settings, Submissions submissions, TaskStore store,
      SimClock clock, Faults faults, Stats stats, BaseUrls baseUrls, SlowSubmits slowSubmits,
      FileController files, GatewayQueue queue, LastFrameImages lastFrames) {
    this.settings = settings;
    this.submissions = submissions;
    this.store = store;
    this.clock = clock;
    this.faults = faults;
    this.stats = stats;
    this.baseUrls = baseUrls;
    this.slowSubmits = slowSubmits;
    this.files = files;
    this.queue = queue;
    this.lastFrames = lastFrames;
  }

  /**
   * @param request the request
   * @param body    raw JSON body or multipart form
   * @return 200 with the receipt, 200 with an error object, 401, 429 or 500
   */
  @Post("/videos")
  @Consumes(MediaType.ALL)
  public CompletableFuture<HttpResponse<ObjectNode>> submit(HttpRequest<?> request, @Nullable @Body String body) {
    stats.increment(DIALECT, Stats.Counter.SUBMITS_ATTEMPTED);
    Optional<HttpResponse<ObjectNode>> refused = gate(request, true);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(refused.get());
    }
    TaskSpec spec;
    try {
      spec = OpenAiVideosRequests.parse(readBody(request, body));
    } catch (InvalidVideoRequest e) {
      return CompletableFuture.completedFuture(OpenAiVideosBodies.error(e.error(), e.getMessage()));
    }
    long charge = OpenAiVideosCatalogue.credits(spec.durationSeconds());
    SubmitOutcome outcome = submissions.submit(DIALECT, "task_", spec, charge, baseUrls.of(request));
    if (outcome.rejected() == SubmitOutcome.Rejection.INTERNAL_ERROR) {
      return CompletableFuture.completedFuture(OpenAiVideosBodies.error(OpenAiVideosError.INTERNAL_ERROR,
          "The server had an error while processing the request"));
    }
    if (outcome.rejected() == SubmitOutcome.Rejection.INSUFFICIENT_CREDITS) {
      return CompletableFuture.completedFuture(OpenAiVideosBodies.error(OpenAiVideosError.INSUFFICIENT_QUOTA,
          "Insufficient credits: " + charge + " needed"));
    }
    SimTask task = outcome.task();
    // The task exists from here on; the slowSubmits fault may hold the answer back.
    return slowSubmits.answer(DIALECT, OpenAiVideosBodies.ok(OpenAiVideosBodies.receipt(task, queue.waiting(task))));
  }

  /**
   * The seed's compatibility alias of {@link #submit}.
   *
   * @param request the request
   * @param body    raw body
   * @return as {@link #submit}
   */
  @Post("/video/generations")
  @Consumes(MediaType.ALL)
  public CompletableFuture<HttpResponse<ObjectNode>> submitAlias(HttpRequest<?> request, @Nullable @Body String body) {
    return submit(request, body);
  }

  /**
   * @param request the request
   * @param taskId  the task id
   * @return 200 with the task detail, 200 with {@code task_not_found}, 401 or 429
   */
  @Get("/videos/{taskId}")
  public HttpResponse<ObjectNode> status(HttpRequest<?> request, String taskId) {
    stats.increment(DIALECT, Stats.Counter.STATUS_CALLS);
    Optional<HttpResponse<ObjectNode>> refused = gate(request, true);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = ownTask(taskId);
    if (task.isEmpty()) {
      return OpenAiVideosBodies.error(OpenAiVideosError.TASK_NOT_FOUND, "Task " + taskId + " does not exist");
    }
    return OpenAiVideosBodies.ok(OpenAiVideosBodies.detail(task.get(), task.get().observe(clock.now()),
        queue.waiting(task.get())));
  }

  /**
   * The seed's compatibility alias of {@link #status}.
   *
   * @param request the request
   * @param taskId  the task id
   * @return as {@link #status}
   */
  @Get("/video/generations/{taskId}")
  public HttpResponse<ObjectNode> statusAlias(HttpRequest<?> request, String taskId) {
    return status(request, taskId);
  }

  /**
   * The result MP4 (seed 002: "supports Range requests (HTTP 206)"), served by the simulator's
   * file server once the key is checked: 200, 206 with {@code Content-Range}, 416, HEAD, the
   * download faults, and a line in the admin stats' {@code files}. A task that is unknown or has
   * no video (yet) answers 404 with an error object. Any {@code Accept} is served (the OpenAI SDK
   * asks for {@code application/binary}).
   *
   * @param request the request (its method and Range header)
   * @param taskId  the task id
   * @return the file answer, 401 or 404
   * @throws IOException when the file cannot be read
   */
  @Get("/videos/{taskId}/content")
  @Produces({"video/mp4", MediaType.ALL})
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> content(HttpRequest<?> request, String taskId) throws IOException {
    Optional<HttpResponse<ObjectNode>> refused = gate(request, false);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = ownTask(taskId).filter(t -> t.observe(clock.now()).phase() == TaskPhase.SUCCEEDED);
    if (task.isEmpty() || task.get().videoFile().isEmpty()) {
      stats.record(new FileRequest(taskId, request.getMethod().name(), request.getHeaders().get(HttpHeaders.RANGE), 404));
      return OpenAiVideosBodies.error(OpenAiVideosError.FILE_NOT_FOUND, "Task " + taskId + " has no video");
    }
    return files.get(request, taskId + ".mp4");
  }

  /**
   * The last frame image of a succeeded task that asked for {@code metadata.return_last_frame}
   * (our endpoint: the seed names no field for it). Not listed in the admin stats' {@code files},
   * which count video downloads.
   *
   * @param request the request
   * @param taskId  the task id
   * @return 200 {@code image/png}, 401, or 404 with an error object
   */
  @Get("/videos/{taskId}/last_frame")
  @Produces({"image/png", MediaType.ALL})
  public HttpResponse<?> lastFrame(HttpRequest<?> request, String taskId) {
    Optional<HttpResponse<ObjectNode>> refused = gate(request, false);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<SimTask> task = ownTask(taskId)
        .filter(OpenAiVideosBodies::returnsLastFrame)
        .filter(t -> t.observe(clock.now()).phase() == TaskPhase.SUCCEEDED);
    if (task.isEmpty()) {
      return OpenAiVideosBodies.error(OpenAiVideosError.FILE_NOT_FOUND, "Task " + taskId + " has no last frame");
    }
    TaskSpec spec = task.get().spec();
    return HttpResponse.ok(lastFrames.png(PixelSizes.of(spec.resolution(), spec.aspectRatio()))).contentType(PNG);
  }

  private static ObjectNode readBody(HttpRequest<?> request, String body)
      throws InvalidVideoRequest {
    String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    if (OpenAiVideosForms.isMultipart(contentType)) {
      return OpenAiVideosForms.toJson(contentType, body);
    }
    return Json.parseObject(body).orElseThrow(() -> new InvalidVideoRequest("Request body must be a JSON object"));
  }

  private Optional<HttpResponse<ObjectNode>> gate(HttpRequest<?> request, boolean rateLimited) {
    if (!BearerAuth.matches(request, settings.apiKey())) {
      return Optional.of(OpenAiVideosBodies.error(OpenAiVideosError.INVALID_API_KEY, "Incorrect API key provided"));
    }
    if (rateLimited && faults.consume(FaultKind.RATE_LIMITED, DIALECT)) {
      return Optional.of(OpenAiVideosBodies.error(OpenAiVideosError.RATE_LIMITED, "Rate limit reached, retry later")
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(faults.retryAfterSeconds())));
    }
    return Optional.empty();
  }

  private Optional<SimTask> ownTask(String id) {
    return store.find(id).filter(t -> t.dialect() == DIALECT);
  }
}
