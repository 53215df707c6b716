package io.seedancerunner.activities.unified;

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

/**
 * The {@code unified} dialect (docs/providers/unified.md, endpoints and task shape
 * included), under {@code <base-url>/v1}:
 *
 * <ul>
 *   <li>submit: {@code POST /videos/generations} → the task: {@code id}, {@code status},
 *       {@code task_info.estimated_time} (the receipt's estimate, seconds),
 *       {@code task_info.can_cancel}, {@code usage.credits_reserved} (cost, in credits);
 *   <li>status: {@code GET /tasks/{task_id}} → {@code status}, {@code progress},
 *       {@code results[0]} (the video URL, valid 24 h), {@code error{code,message}};
 *   <li>cancel: {@code POST /tasks/{task_id}/cancel} (our choice: the seed names no endpoint, only
 *       {@code task_info.can_cancel});
 *   <li>callbacks: {@code callback_url} only when HTTPS and not private (see
 *       {@link UnifiedCallbacks}), else poll only.
 * </ul>
 *
 * <p>Errors {@code {error:{code,message,type}}} are classified by {@link ProviderErrors} with
 * {@code error.type} as the provider's code. Our choice: a {@code completed} task without a
 * result link reads {@link TaskState#EXPIRED}: the seed's links are valid 24 hours, and a
 * completed task that has none has outlived them. An ambiguous submit cannot be reconciled (no
 * idempotency key, no task list): {@link #reconcile} answers UNSUPPORTED.
 */
public final class UnifiedProvider extends HttpVideoProvider {

  /** Dialect id from docs/providers/unified.md. */
  public static final String DIALECT = "unified";
  private static final String API = "/v1";


  /**
   * @param http   the account's HTTP side
   * @param mapper JSON mapper
   */
  public UnifiedProvider(ProviderHttp http, ObjectMapper mapper) {
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

  @Override
  public SubmitReceipt submit(SubmitAttempt attempt) {
    String body = UnifiedBodies.submit(mapper, account(), attempt.request(), attempt.callbackUrl()).toString();
    HttpAnswer answer = http.send(Call.SUBMIT,
        HttpRequest.POST(http.url(API + "/videos/generations"), body).contentType(MediaType.APPLICATION_JSON_TYPE));
    JsonNode task = UnifiedAnswers.task(checked(answer, Call.SUBMIT));
    String id = JsonFields.text(task, "id");
    if (id == null) {
      throw ProviderErrors.unreadableAnswer(account(), Call.SUBMIT, "HTTP " + answer.status() + " without id");
    }
    String status = JsonFields.text(task, "status");
    // An accepted submit without a status word is queued (the seed's example answers "pending").
    TaskState state = status == null ? TaskState.QUEUED : UnifiedAnswers.state(status);
    return new SubmitReceipt(id, state, UnifiedAnswers.estimatedSeconds(task), UnifiedAnswers.cost(task),
        UnifiedAnswers.canCancel(task));
  }

  @Override
  public TaskSnapshot status(String providerTaskId) {
    HttpAnswer answer = http.send(Call.READ, HttpRequest.GET(http.url(API + "/tasks/" + segment(providerTaskId))));
    JsonNode task = UnifiedAnswers.task(checked(answer, Call.READ));
    String status = JsonFields.text(task, "status");
    TaskState state = UnifiedAnswers.state(status);
    String url = JsonFields.firstText(task, "results");
    if (state == TaskState.SUCCEEDED && url == null) {
      state = TaskState.EXPIRED;
    }
    boolean failed = state == TaskState.FAILED || state == TaskState.CANCELLED;
    return new TaskSnapshot(
        providerTaskId,
        state,
        status,
        JsonFields.percent(task, "progress"),
        state == TaskState.SUCCEEDED ? http.absolute(url) : null,
        failed ? UnifiedAnswers.taskErrorCode(task) : null,
        failed ? http.scrub(UnifiedAnswers.taskErrorMessage(task)) : null,
        // Our choice (seed 004 is silent on what a failed task costs): like seedanceapi's and the
        // upstream API's, a failed or cancelled task is free, whatever its credits_reserved says.
        failed ? Double.valueOf(0) : UnifiedAnswers.cost(task),
        null,
        ProviderErrors.taskOutcome(state, UnifiedAnswers.taskErrorCode(task)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>A task that can no longer be cancelled (completed or failed) is refused by the provider
   * with a 400, classified as rejected.
   */
  @Override
  public boolean cancel(String providerTaskId) {
    HttpAnswer answer = http.send(Call.READ,
        HttpRequest.POST(http.url(API + "/tasks/" + segment(providerTaskId) + "/cancel"), "{}")
            .contentType(MediaType.APPLICATION_JSON_TYPE));
    checked(answer, Call.READ);
    return true;
  }

  /** @return the parsed body of a 2xx answer; throws the classified failure otherwise */
  private JsonNode checked(HttpAnswer answer, Call call) {
    JsonNode root = JsonFields.parse(mapper, answer.body());
    if (answer.ok()) {
      if (root == null) {
        throw ProviderErrors.unreadableAnswer(account(), call, "HTTP " + answer.status() + " without a JSON body");
      }
      return root;
    }
    throw ProviderErrors.fromAnswer(account(), answer.status(), UnifiedAnswers.errorCode(root),
        http.scrub(UnifiedAnswers.errorMessage(root)), answer.retryAfter().orElse(null));
  }

}
