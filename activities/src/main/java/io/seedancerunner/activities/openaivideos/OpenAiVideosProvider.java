package io.seedancerunner.activities.openaivideos;

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
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.net.URI;

/**
 * The {@code openai-videos} dialect (docs/providers/openai-videos.md), an OpenAI-SDK-compatible
 * gateway, under {@code <base-url>/v1}:
 *
 * <ul>
 *   <li>submit: {@code POST /videos} → {@code task_id} (also {@code id}), {@code status}
 *       (usually QUEUED); the body is built by {@link OpenAiVideosBodies};
 *   <li>status: {@code GET /videos/{task_id}} → {@code status}
 *       (SUBMITTED/QUEUED/IN_PROGRESS/SUCCESS/FAILURE), {@code progress} ("50%"),
 *       {@code result_url} ({@code /v1/videos/{task_id}/content}) and {@code fail_reason};
 *       {@code last_frame_url} (our name, the seed has none) becomes
 *       {@link TaskSnapshot#lastFrameUrl()};
 *   <li>no cancel endpoint, and no way to reconcile an ambiguous submit: "task creation is not
 *       idempotent" and there is no task list, so {@link #reconcile} keeps the default
 *       {@code UNSUPPORTED}.
 * </ul>
 *
 * <p>Errors: business failures come as HTTP 200 with {@code {"error":{"message","type","code"}}}
 * (seed 002); every answer is checked for it and classified by {@link ProviderErrors} with the
 * status its code stands for ({@link OpenAiVideosAnswers#statusOf}), so rate limits and server
 * errors stay retryable. Non-2xx answers are classified by their HTTP status. The seed gives no
 * prices and no time estimate: receipts and snapshots carry neither.
 *
 * <p>Result URLs: a relative {@code result_url} is resolved against the account's base URL (our
 * choice: the seed's paths, {@code /v1/videos...}, are all relative to the gateway's base), so the
 * download goes to the provider's own origin and {@link #downloadHeaders} adds the account's
 * {@code Authorization} (the content endpoint needs it). A missing {@code result_url} on SUCCESS
 * falls back to {@code /v1/videos/{task_id}/content}, the seed's recommended download.
 */
public final class OpenAiVideosProvider extends HttpVideoProvider {

  /** Dialect id from docs/providers/openai-videos.md. */
  public static final String DIALECT = "openai-videos";
  private static final String API = "/v1/videos";


  /**
   * @param http   the account's HTTP side
   * @param mapper JSON mapper
   */
  public OpenAiVideosProvider(ProviderHttp http, ObjectMapper mapper) {
    super(http, mapper);
  }

  @Override
  public String dialect() {
    return DIALECT;
  }

  /** Seed 002 documents no cancel endpoint. */
  @Override
  public boolean canCancel() {
    return false;
  }

  @Override
  public SubmitReceipt submit(SubmitAttempt attempt) {
    String body = OpenAiVideosBodies.submit(mapper, account(), attempt.request(), attempt.callbackUrl()).toString();
    HttpAnswer answer = http.send(Call.SUBMIT,
        HttpRequest.POST(http.url(API), body).contentType(MediaType.APPLICATION_JSON_TYPE));
    JsonNode task = checked(answer, Call.SUBMIT);
    String taskId = OpenAiVideosAnswers.taskId(task);
    if (taskId == null) {
      throw ProviderErrors.unreadableAnswer(account(), Call.SUBMIT, "HTTP " + answer.status() + " without task_id");
    }
    String status = JsonFields.text(task, "status");
    // An accepted submit without a status word is queued (seed 002: "usually QUEUED").
    TaskState state = status == null ? TaskState.QUEUED : OpenAiVideosAnswers.state(status);
    return new SubmitReceipt(taskId, state, null, null, false);
  }

  @Override
  public TaskSnapshot status(String providerTaskId) {
    HttpAnswer answer = http.send(Call.READ, HttpRequest.GET(http.url(API + "/" + segment(providerTaskId))));
    JsonNode task = checked(answer, Call.READ);
    String status = JsonFields.text(task, "status");
    TaskState state = OpenAiVideosAnswers.state(status);
    boolean succeeded = state == TaskState.SUCCEEDED;
    boolean failed = state == TaskState.FAILED || state == TaskState.CANCELLED || state == TaskState.EXPIRED;
    String videoUrl = null;
    String lastFrame = null;
    if (succeeded) {
      String result = JsonFields.text(task, "result_url");
      videoUrl = resolve(result != null ? result : API + "/" + segment(providerTaskId) + "/content");
      lastFrame = resolve(JsonFields.text(task, "last_frame_url"));
    }
    return new TaskSnapshot(
        providerTaskId,
        state,
        status,
        OpenAiVideosAnswers.progress(task),
        videoUrl,
        failed ? failureCode(task, status) : null,
        failed ? http.scrub(failureMessage(task)) : null,
        null,
        lastFrame,
        ProviderErrors.taskOutcome(state, failed ? failureCode(task, status) : null));
  }

  /** Seed 002 documents no cancel endpoint: nothing is sent. */
  @Override
  public boolean cancel(String providerTaskId) {
    return false;
  }

  /**
   * @return the task object of a successful answer; throws the classified failure for an error
   *     answer, whether HTTP 200 with {@code error} or a non-2xx status
   */
  private JsonNode checked(HttpAnswer answer, Call call) {
    JsonNode root = JsonFields.parse(mapper, answer.body());
    if (answer.ok() && !OpenAiVideosAnswers.isError(root)) {
      if (root == null || !root.isObject()) {
        throw ProviderErrors.unreadableAnswer(account(), call, "HTTP " + answer.status() + " without a JSON object");
      }
      return OpenAiVideosAnswers.task(root);
    }
    throw failure(answer, root);
  }

  private ApplicationFailure failure(HttpAnswer answer, JsonNode root) {
    String code = OpenAiVideosAnswers.errorCode(root);
    int status = answer.ok() ? OpenAiVideosAnswers.statusOf(code, OpenAiVideosAnswers.errorType(root)) : answer.status();
    String message = http.scrub(OpenAiVideosAnswers.errorMessage(root));
    return ProviderErrors.fromAnswer(account(), status, code, message, answer.retryAfter().orElse(null));
  }

  /**
   * The content endpoint {@code GET /v1/videos/{id}/content}, which seed 002 asks clients to
   * download from rather than keep result URLs; asked for only once the task's link was refused.
   */
  @Override
  public String freshLink(String providerTaskId) {
    return resolve(API + "/" + segment(providerTaskId) + "/content");
  }

  /**
   * Our choice: the seed gives a failed task only {@code fail_reason}; an {@code error.code} or
   * {@code fail_code} is used when present (tolerated), else the status word stands for the code.
   */
  private static String failureCode(JsonNode task, String status) {
    String code = OpenAiVideosAnswers.errorCode(task);
    if (code == null) {
      code = JsonFields.text(task, "fail_code");
    }
    return code != null ? code : status;
  }

  private static String failureMessage(JsonNode task) {
    String reason = JsonFields.text(task, "fail_reason");
    return reason != null ? reason : OpenAiVideosAnswers.errorMessage(task);
  }

  /**
   * @param url an absolute URL, a path relative to the gateway's base ({@code /v1/videos/...}), a
   *            path that already includes the base's path, or {@code null}
   * @return the absolute URL, or {@code null}
   */
  private String resolve(String url) {
    if (url == null) {
      return null;
    }
    try {
      if (URI.create(url).isAbsolute()) {
        return url;
      }
    } catch (IllegalArgumentException e) {
      return url;
    }
    if (!url.startsWith("/")) {
      return http.absolute(url);
    }
    String basePath = URI.create(http.url("")).getPath();
    if (basePath == null || basePath.isEmpty() || url.startsWith(basePath + "/")) {
      return http.absolute(url);
    }
    return http.url(url);
  }

}
