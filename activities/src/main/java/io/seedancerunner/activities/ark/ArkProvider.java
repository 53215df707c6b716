package io.seedancerunner.activities.ark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.seedancerunner.activities.provider.Call;
import io.seedancerunner.activities.provider.HttpAnswer;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.activities.provider.HttpVideoProvider;
import io.seedancerunner.activities.provider.ProviderHttp;
import io.seedancerunner.activities.provider.SubmitAttempt;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * The {@code ark} dialect: the upstream BytePlus ModelArk video generation API
 * (https://docs.byteplus.com/en/docs/ModelArk/1520757), under {@code <base-url>/api/v3} (for
 * example {@code https://ark.ap-southeast.bytepluses.com}):
 * <ul>
 *   <li>submit: {@code POST /contents/generations/tasks} ({@link ArkBodies}) → {@code {"id":"cgt-..."}};
 *       no idempotency key exists, so a lost answer is {@code AMBIGUOUS_SUBMIT} and
 *       {@link #reconcile} looks for the task;</li>
 *   <li>status: {@code GET /contents/generations/tasks/{id}} → {@code status} (six words),
 *       {@code content.video_url} (the video), {@code content.last_frame_url}, {@code usage.total_tokens}
 *       (the cost, in tokens), {@code error{code,message}};</li>
 *   <li>cancel: {@code DELETE /contents/generations/tasks/{id}}, only ever for a queued task, see
 *       {@link #cancel};</li>
 *   <li>reconcile: {@code GET /contents/generations/tasks?filter.model=...}, see {@link ArkReconciler}.</li>
 * </ul>
 *
 * <p>Result URLs are presigned object-store (TOS) URLs valid 24 h: they carry their own
 * credential, so {@link #downloadHeaders} never adds the account's {@code Authorization}, even when
 * the URL shares the API's origin (it does on the simulator; a presigned GET also refuses a second
 * auth mechanism). Errors {@code {"error":{"code","message","param","type"}}} are classified by
 * {@link ProviderErrors}: 429 ({@code RateLimitExceeded.*}, {@code QuotaExceeded}: the 120 queued
 * tasks limit) and 5xx ({@code InternalServiceError}, {@code ServerOverloaded}) are transient with
 * {@code Retry-After}; 400 ({@code InvalidParameter}, {@code MissingParameter}), 401
 * ({@code AuthenticationError}), 403 ({@code AccountOverdueError}), 404 ({@code ModelNotOpen},
 * {@code InvalidEndpointOrModel.NotFound}, unknown task) are rejections. ark gives no time
 * estimate and bills after success, so receipts carry neither.
 */
public final class ArkProvider extends HttpVideoProvider {

  /** Dialect id. */
  public static final String DIALECT = "ark";
  /** The tasks resource under the base URL. */
  static final String TASKS = "/api/v3/contents/generations/tasks";


  /**
   * @param http   the account's HTTP side
   * @param mapper JSON mapper
   */
  public ArkProvider(ProviderHttp http, ObjectMapper mapper) {
    super(http, mapper);
  }

  @Override
  public String dialect() {
    return DIALECT;
  }

  @Override
  public boolean canCancel() {
    return true;
  }

  /** {@inheritDoc} The receipt is queued and cancellable (a new task is queued). */
  @Override
  public SubmitReceipt submit(SubmitAttempt attempt) {
    String body = json(ArkBodies.create(attempt.request(), attempt.callbackUrl(), ArkSeeds.of(attempt)));
    HttpAnswer answer = http.send(Call.SUBMIT,
        HttpRequest.POST(http.url(TASKS), body).contentType(MediaType.APPLICATION_JSON_TYPE));
    String id = JsonFields.text(checked(answer, Call.SUBMIT), "id");
    if (id == null) {
      throw ProviderErrors.unreadableAnswer(account(), Call.SUBMIT, "HTTP " + answer.status() + " without id");
    }
    return new SubmitReceipt(id, TaskState.QUEUED, null, null, true);
  }

  /**
   * {@inheritDoc} Lists the account's tasks of the request's model created in the window and
   * matches them on the seed this attempt sent (unless the request asked for a random one, -1) and
   * the request's shape, see {@link ArkReconciler}.
   */
  @Override
  public Reconciliation reconcile(SubmitAttempt attempt, Instant windowStart, Instant windowEnd) {
    long seed = ArkSeeds.of(attempt);
    return new ArkReconciler(this).reconcile(attempt.request(), seed == -1 ? null : seed, windowStart, windowEnd);
  }

  @Override
  public TaskSnapshot status(String providerTaskId) {
    return snapshot(providerTaskId, read(providerTaskId));
  }

  /**
   * Cancels a queued task. {@code DELETE} means "cancel" only for a queued task: it deletes the
   * record of a succeeded, failed or expired one (which a cancel must never do) and is refused for
   * a running or cancelled one. So the status is read first and {@code DELETE} is sent only while
   * the task is queued. Our choice: a task past the queue, and a {@code DELETE} refused with 400
   * {@code InvalidParameter} because the task left the queue meanwhile, answer {@code false} (the
   * provider did not cancel, nothing is wrong); other errors are thrown, classified.
   *
   * @param providerTaskId the task id
   * @return true when the queued task was cancelled, false when it was past the queue
   */
  @Override
  public boolean cancel(String providerTaskId) {
    if (status(providerTaskId).state() != TaskState.QUEUED) {
      return false;
    }
    HttpAnswer answer = http.send(Call.READ, HttpRequest.DELETE(http.url(TASKS + "/" + segment(providerTaskId))));
    if (answer.ok()) {
      return true;
    }
    JsonNode root = JsonFields.parse(mapper, answer.body());
    if (answer.status() == 400 && "InvalidParameter".equals(ArkAnswers.errorCode(root))) {
      return false;
    }
    throw failure(answer, root);
  }

  /** Presigned URLs carry their own credential: never any header. */
  @Override
  public Map<String, String> downloadHeaders(String url) {
    return Map.of();
  }

  /** @return the task object of {@code GET /tasks/{id}} */
  private JsonNode read(String providerTaskId) {
    HttpAnswer answer = http.send(Call.READ, HttpRequest.GET(http.url(TASKS + "/" + segment(providerTaskId))));
    return checked(answer, Call.READ);
  }

  /**
   * @param providerTaskId the id asked for
   * @param task           a task object
   * @return its snapshot
   */
  TaskSnapshot snapshot(String providerTaskId, JsonNode task) {
    String status = JsonFields.text(task, "status");
    TaskState state = ArkAnswers.state(status);
    boolean ended = state == TaskState.FAILED || state == TaskState.CANCELLED || state == TaskState.EXPIRED;
    boolean succeeded = state == TaskState.SUCCEEDED;
    return new TaskSnapshot(
        providerTaskId,
        state,
        status,
        JsonFields.percent(task, "progress"),
        succeeded ? http.absolute(ArkAnswers.videoUrl(task)) : null,
        ended ? ArkAnswers.errorCode(task) : null,
        ended ? http.scrub(ArkAnswers.errorMessage(task)) : null,
        ArkAnswers.tokens(task),
        succeeded ? http.absolute(ArkAnswers.lastFrameUrl(task)) : null,
        ProviderErrors.taskOutcome(state, ArkAnswers.errorCode(task)));
  }

  /**
   * One page of the task list.
   *
   * @param model    {@code filter.model}
   * @param pageNum  1-based page
   * @param pageSize tasks per page
   * @return the answer {@code {"items":[...],"total":n}}
   */
  JsonNode list(String model, int pageNum, int pageSize) {
    String url = http.url(TASKS) + "?filter.model=" + query(model) + "&page_num=" + pageNum + "&page_size=" + pageSize;
    return checked(http.send(Call.READ, HttpRequest.GET(url)), Call.READ);
  }

  /** @return the parsed body of a successful answer; throws the classified failure otherwise */
  private JsonNode checked(HttpAnswer answer, Call call) {
    JsonNode root = JsonFields.parse(mapper, answer.body());
    if (answer.ok() && !ArkAnswers.isError(root)) {
      if (root == null) {
        throw ProviderErrors.unreadableAnswer(account(), call, "HTTP " + answer.status() + " without a JSON body");
      }
      return root;
    }
    throw failure(answer, root);
  }

  private ApplicationFailure failure(HttpAnswer answer, JsonNode root) {
    String code = ArkAnswers.errorCode(root);
    int status = answer.ok() ? ArkAnswers.statusOf(code) : answer.status();
    return ProviderErrors.fromAnswer(account(), status, code, http.scrub(ArkAnswers.errorMessage(root)),
        answer.retryAfter().orElse(null));
  }


  private static String query(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
