package io.seedancerunner.activities.openapi;

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

/**
 * The {@code open-api} dialect (docs/providers/open-api.md, request body included), under
 * {@code <base-url>/api/open/v1}:
 *
 * <ul>
 *   <li>submit: {@code POST /video/generations} → {@code requestId}, {@code status},
 *       {@code creditsCharged} (the receipt's cost, in the provider's credits);
 *   <li>status: {@code GET /video/generations/{requestId}} → {@code status}, {@code output.url},
 *       {@code error{code,message}};
 *   <li>cancel: {@code POST /video/generations/{requestId}/cancel}.
 * </ul>
 *
 * <p>Errors {@code {success:false,error:{code,message}}} are classified by {@link ProviderErrors};
 * a 2xx with {@code success:false} counts as the status its code stands for. The provider gives no
 * time estimate, so receipts carry none.
 */
public final class OpenApiProvider extends HttpVideoProvider {

  /** Dialect id from docs/providers/open-api.md. */
  public static final String DIALECT = "open-api";
  private static final String API = "/api/open/v1/video/generations";


  /**
   * @param http   the account's HTTP side
   * @param mapper JSON mapper
   */
  public OpenApiProvider(ProviderHttp http, ObjectMapper mapper) {
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
    String body = OpenApiBodies.submit(mapper, account(), attempt.jobId(), attempt.request(), attempt.callbackUrl())
        .toString();
    HttpAnswer answer = http.send(Call.SUBMIT,
        HttpRequest.POST(http.url(API), body).contentType(MediaType.APPLICATION_JSON_TYPE));
    JsonNode task = OpenApiAnswers.task(checked(answer, Call.SUBMIT));
    String requestId = JsonFields.text(task, "requestId");
    if (requestId == null) {
      throw ProviderErrors.unreadableAnswer(account(), Call.SUBMIT, "HTTP " + answer.status() + " without requestId");
    }
    String status = JsonFields.text(task, "status");
    // An accepted submit with no status word is queued (seed 000: "queued" = accepted).
    TaskState state = status == null ? TaskState.QUEUED : OpenApiAnswers.state(status);
    return new SubmitReceipt(requestId, state, null, JsonFields.number(task, "creditsCharged"), true);
  }

  @Override
  public TaskSnapshot status(String providerTaskId) {
    HttpAnswer answer = http.send(Call.READ, HttpRequest.GET(http.url(API + "/" + segment(providerTaskId))));
    JsonNode task = OpenApiAnswers.task(checked(answer, Call.READ));
    String status = JsonFields.text(task, "status");
    TaskState state = OpenApiAnswers.state(status);
    JsonNode output = JsonFields.object(task, "output");
    String url = output == null ? JsonFields.text(task, "url") : JsonFields.text(output, "url");
    boolean failed = state == TaskState.FAILED || state == TaskState.CANCELLED || state == TaskState.EXPIRED;
    return new TaskSnapshot(
        providerTaskId,
        state,
        status,
        JsonFields.percent(task, "progress"),
        state == TaskState.SUCCEEDED ? http.absolute(url) : null,
        failed ? OpenApiAnswers.errorCode(task) : null,
        failed ? http.scrub(OpenApiAnswers.errorMessage(task)) : null,
        JsonFields.number(task, "creditsCharged"),
        null,
        ProviderErrors.taskOutcome(state, OpenApiAnswers.errorCode(task)));
  }

  @Override
  public boolean cancel(String providerTaskId) {
    HttpAnswer answer = http.send(Call.READ,
        HttpRequest.POST(http.url(API + "/" + segment(providerTaskId) + "/cancel"), "{}")
            .contentType(MediaType.APPLICATION_JSON_TYPE));
    checked(answer, Call.READ);
    return true;
  }

  /** @return the parsed body of a successful answer; throws the classified failure otherwise */
  private JsonNode checked(HttpAnswer answer, Call call) {
    JsonNode root = JsonFields.parse(mapper, answer.body());
    if (answer.ok() && !OpenApiAnswers.isError(root)) {
      if (root == null) {
        throw ProviderErrors.unreadableAnswer(account(), call, "HTTP " + answer.status() + " without a JSON body");
      }
      return root;
    }
    throw failure(answer, root);
  }

  private ApplicationFailure failure(HttpAnswer answer, JsonNode root) {
    String code = OpenApiAnswers.errorCode(root);
    int status = answer.ok() ? OpenApiAnswers.statusOf(code) : answer.status();
    String message = http.scrub(OpenApiAnswers.errorMessage(root));
    return ProviderErrors.fromAnswer(account(), status, code, message, answer.retryAfter().orElse(null));
  }

}
