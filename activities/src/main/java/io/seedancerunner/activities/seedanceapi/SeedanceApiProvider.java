package io.seedancerunner.activities.seedanceapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.uri.UriBuilder;
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
 * The {@code seedanceapi} dialect (docs/providers/seedanceapi.md), under {@code <base-url>/v1}:
 *
 * <ul>
 *   <li>submit: {@code POST /generate} → {@code data.task_id}, {@code data.status};
 *   <li>status: {@code GET /status?task_id=} → {@code data.status}, {@code data.response[0]} (the
 *       video URL), {@code data.consumed_credits} (cost, in credits), {@code data.error_message};
 *   <li>no cancel endpoint: {@link #cancel} answers false without a call.
 * </ul>
 *
 * <p>Answers come in the envelope {@code {code,message,data}}; errors are classified by
 * {@link ProviderErrors}, and an envelope code of 400 or more inside an HTTP 200 counts as that
 * status. The provider gives no time estimate.
 */
public final class SeedanceApiProvider extends HttpVideoProvider {

  /** Dialect id from docs/providers/seedanceapi.md. */
  public static final String DIALECT = "seedanceapi";


  /**
   * @param http   the account's HTTP side
   * @param mapper JSON mapper
   */
  public SeedanceApiProvider(ProviderHttp http, ObjectMapper mapper) {
    super(http, mapper);
  }

  @Override
  public String dialect() {
    return DIALECT;
  }

  @Override
  public boolean canCancel() {
    return false;
  }

  @Override
  public SubmitReceipt submit(SubmitAttempt attempt) {
    String body = json(SeedanceApiBodies.submit(account(), attempt.request(), attempt.callbackUrl()));
    HttpAnswer answer = http.send(Call.SUBMIT,
        HttpRequest.POST(http.url("/v1/generate"), body).contentType(MediaType.APPLICATION_JSON_TYPE));
    JsonNode data = SeedanceApiAnswers.data(checked(answer, Call.SUBMIT));
    String taskId = JsonFields.text(data, "task_id");
    if (taskId == null) {
      throw ProviderErrors.unreadableAnswer(account(), Call.SUBMIT, "HTTP " + answer.status() + " without data.task_id");
    }
    String status = JsonFields.text(data, "status");
    // Seed 001 answers IN_PROGRESS at once; an accepted submit without a status is queued.
    TaskState state = status == null ? TaskState.QUEUED : SeedanceApiAnswers.state(status);
    return new SubmitReceipt(taskId, state, null, JsonFields.number(data, "consumed_credits"), false);
  }

  @Override
  public TaskSnapshot status(String providerTaskId) {
    String url = UriBuilder.of(http.url("/v1/status")).queryParam("task_id", providerTaskId).build().toString();
    HttpAnswer answer = http.send(Call.READ, HttpRequest.GET(url));
    JsonNode data = SeedanceApiAnswers.data(checked(answer, Call.READ));
    if (data == null) {
      throw ProviderErrors.unreadableAnswer(account(), Call.READ, "HTTP " + answer.status() + " without data");
    }
    String status = JsonFields.text(data, "status");
    TaskState state = SeedanceApiAnswers.state(status);
    boolean failed = state == TaskState.FAILED || state == TaskState.CANCELLED || state == TaskState.EXPIRED;
    return new TaskSnapshot(
        providerTaskId,
        state,
        status,
        JsonFields.percent(data, "progress"),
        state == TaskState.SUCCEEDED ? http.absolute(JsonFields.firstText(data, "response")) : null,
        failed ? JsonFields.text(data, "error_code") : null,
        failed ? http.scrub(JsonFields.text(data, "error_message")) : null,
        JsonFields.number(data, "consumed_credits"),
        null,
        ProviderErrors.taskOutcome(state, JsonFields.text(data, "error_code")));
  }

  /** Seed 001 documents no cancel endpoint: nothing is sent. */
  @Override
  public boolean cancel(String providerTaskId) {
    return false;
  }

  private JsonNode checked(HttpAnswer answer, Call call) {
    JsonNode root = JsonFields.parse(mapper, answer.body());
    int status = SeedanceApiAnswers.effectiveStatus(answer.status(), root);
    if (status >= 200 && status < 300) {
      if (root == null) {
        throw ProviderErrors.unreadableAnswer(account(), call, "HTTP " + answer.status() + " without a JSON body");
      }
      return root;
    }
    throw ProviderErrors.fromAnswer(account(), status, SeedanceApiAnswers.errorCode(root),
        http.scrub(SeedanceApiAnswers.errorMessage(root)), answer.retryAfter().orElse(null));
  }
}
