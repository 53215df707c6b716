package io.seedancerunner.activities.seedance2ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.seedancerunner.activities.provider.Call;
import io.seedancerunner.activities.provider.HttpAnswer;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.activities.provider.HttpVideoProvider;
import io.seedancerunner.activities.provider.ProviderHttp;
import io.seedancerunner.activities.provider.SubmitAttempt;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;

/**
 * The {@code seedance2ai} dialect (docs/providers/seedance2ai.md), under {@code <base-url>/api/v1}:
 *
 * <ul>
 *   <li>submit: {@code POST /video/seedance2} with {@code Idempotency-Key: <jobId>-a<attempt>}
 *       → 202 {@code id}, {@code status}, {@code credits_used} (the receipt's cost, in credits);
 *   <li>status: {@code GET /tasks/{id}} → {@code status} ({@code processing/completed/failed}),
 *       {@code output.video_url}, {@code output.last_frame_url} (the snapshot's last frame),
 *       {@code error{code,message}}; cost = {@code credits_used − credits_refunded};
 *   <li>no cancel endpoint and no callbacks (seed 003 documents neither): {@link #cancel} answers
 *       false without a call, and the job's webhook URL is never sent (poll-only);
 *   <li>{@link #reconcile}: the submit repeated with the same key and body; the provider answers
 *       the original task's receipt.
 * </ul>
 *
 * <p>Errors {@code {error:{code,message}}} are classified by {@link ProviderErrors} (429
 * {@code rate_limited} with its Retry-After, 503 {@code service_busy} and 500 transient; 400, 401,
 * 402, 404 rejected), except the 409 {@code idempotency_conflict} whose message says the first
 * request with the key is still running: that one is {@link Failures#PROVIDER_TRANSIENT} (our
 * choice), since asking again once that request has been answered gives the task. A 409 for a key
 * reused with another body stays rejected. The provider gives no time estimate.
 */
public final class Seedance2AiProvider extends HttpVideoProvider {

  /** Dialect id from docs/providers/seedance2ai.md. */
  public static final String DIALECT = "seedance2ai";
  /** The idempotency header of seed 003. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final String API = "/api/v1";


  /**
   * @param http   the account's HTTP side
   * @param mapper JSON mapper
   */
  public Seedance2AiProvider(ProviderHttp http, ObjectMapper mapper) {
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

  /**
   * {@inheritDoc}
   *
   * <p>The attempt's callback URL is not sent: the dialect has no callback field.
   */
  @Override
  public SubmitReceipt submit(SubmitAttempt attempt) {
    return receipt(http.send(Call.SUBMIT, submitRequest(attempt)), Call.SUBMIT);
  }

  /**
   * Repeats the submit with the attempt's {@code Idempotency-Key} and the same body. The provider
   * answers the receipt of the task the key created: {@link Reconciliation.Outcome#FOUND}. If the
   * lost submit never reached the provider, this request creates the task now, once, and it is
   * found all the same. A lost answer here is transient (the key makes the repeat safe).
   *
   * @throws ApplicationFailure {@link Failures#PROVIDER_TRANSIENT} while the first request with
   *     the key is still running (409), so the workflow's activity retry asks again later; other
   *     errors classified as usual
   */
  @Override
  public Reconciliation reconcile(SubmitAttempt attempt, Instant windowStart, Instant windowEnd) {
    SubmitReceipt receipt = receipt(http.send(Call.READ, submitRequest(attempt)), Call.READ);
    return new Reconciliation(Reconciliation.Outcome.FOUND, receipt,
        "repeated the submit with Idempotency-Key " + attempt.idempotencyKey() + ": task " + receipt.providerTaskId());
  }

  private MutableHttpRequest<String> submitRequest(SubmitAttempt attempt) {
    String body = Seedance2AiBodies.submit(mapper, account(), attempt.request()).toString();
    return HttpRequest.POST(http.url(API + "/video/seedance2"), body)
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .header(IDEMPOTENCY_KEY, attempt.idempotencyKey());
  }

  private SubmitReceipt receipt(HttpAnswer answer, Call call) {
    JsonNode task = Seedance2AiAnswers.task(checked(answer, call));
    String id = JsonFields.text(task, "id");
    if (id == null) {
      throw ProviderErrors.unreadableAnswer(account(), call, "HTTP " + answer.status() + " without id");
    }
    String status = JsonFields.text(task, "status");
    // Seed 003 answers "processing" at once; an accepted submit without a status is queued.
    TaskState state = status == null ? TaskState.QUEUED : Seedance2AiAnswers.state(status);
    return new SubmitReceipt(id, state, null, Seedance2AiAnswers.cost(task), false);
  }

  @Override
  public TaskSnapshot status(String providerTaskId) {
    HttpAnswer answer = http.send(Call.READ, HttpRequest.GET(http.url(API + "/tasks/" + segment(providerTaskId))));
    JsonNode task = Seedance2AiAnswers.task(checked(answer, Call.READ));
    String status = JsonFields.text(task, "status");
    TaskState state = Seedance2AiAnswers.state(status);
    JsonNode output = JsonFields.object(task, "output");
    boolean succeeded = state == TaskState.SUCCEEDED;
    boolean failed = state == TaskState.FAILED || state == TaskState.CANCELLED || state == TaskState.EXPIRED;
    return new TaskSnapshot(
        providerTaskId,
        state,
        status,
        JsonFields.percent(task, "progress"),
        succeeded ? http.absolute(JsonFields.text(output, "video_url")) : null,
        failed ? Seedance2AiAnswers.errorCode(task) : null,
        failed ? http.scrub(Seedance2AiAnswers.errorMessage(task)) : null,
        Seedance2AiAnswers.cost(task),
        succeeded ? http.absolute(JsonFields.text(output, "last_frame_url")) : null,
        ProviderErrors.taskOutcome(state, Seedance2AiAnswers.errorCode(task)));
  }

  /** Seed 003 documents no cancel endpoint: nothing is sent. */
  @Override
  public boolean cancel(String providerTaskId) {
    return false;
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
    String code = Seedance2AiAnswers.errorCode(root);
    String message = http.scrub(Seedance2AiAnswers.errorMessage(root));
    if (Seedance2AiAnswers.stillRunning(answer.status(), message)) {
      throw stillRunning(code, answer.status(), message);
    }
    throw ProviderErrors.fromAnswer(account(), answer.status(), code, message, answer.retryAfter().orElse(null));
  }

  /**
   * The 409 "still running" conflict, retryable (our choice), with the same details as every
   * classified failure: the provider's code and the HTTP status.
   */
  private ApplicationFailure stillRunning(String code, int httpStatus, String message) {
    String c = code == null ? "HTTP_" + httpStatus : code;
    return ApplicationFailure.newBuilder()
        .setType(Failures.PROVIDER_TRANSIENT)
        .setMessage(c + ": " + message + " (" + account() + " answered HTTP " + httpStatus
            + "); the first request with this Idempotency-Key is still running, ask again later")
        .setDetails(c, httpStatus)
        .build();
  }

}
