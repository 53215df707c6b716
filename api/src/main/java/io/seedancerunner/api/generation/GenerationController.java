package io.seedancerunner.api.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.seedancerunner.api.security.Caller;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.jobs.JobLookup;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobPolicy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/generations}: validates a request against the provider's catalogue and starts a
 * {@code GenerationWorkflow}.
 *
 * <p>Answers 202 {@code {jobId, status:"SUBMITTING", links, request}} for a new job; 200 with the
 * same shape (and the job's current status) when an {@code Idempotency-Key} repeats with the same
 * normalised request; 409 {@code idempotency_conflict} when it repeats with another; 400
 * {@code invalid_request} listing every invalid field before anything starts; 402
 * {@code budget_exceeded} when the tenant's budget cannot cover the estimate (the job is recorded
 * as failed and no provider was called); 413 for a body over
 * 1 MiB; 415 for a body that is not JSON by its content type; 403 when a non-operator names
 * another tenant in {@code tenant}. Needs the {@code submitter} role; the job belongs to the
 * tenant it bills, and {@code Idempotency-Key}s are scoped to the caller's tenant.
 */
@Controller("/v1/generations")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class GenerationController {

  /** The header that makes a POST idempotent. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int MAX_KEY_CHARS = 255;

  private final GenerationRequestReader reader;
  private final JobPolicyReader policies;
  private final GenerationStarter starter;
  private final JobLinks links;
  private final JobLookup lookup;

  /** Wires the parts. */
  public GenerationController(GenerationRequestReader reader, JobPolicyReader policies, GenerationStarter starter,
      JobLinks links, JobLookup lookup) {
    this.reader = reader;
    this.policies = policies;
    this.starter = starter;
    this.links = links;
    this.lookup = lookup;
  }

  /**
   * The answer to a POST.
   *
   * @param jobId   the job id (workflow id)
   * @param status  {@code SUBMITTING} for a new job; the current status for a repeated one
   * @param links   where to follow the job
   * @param request the normalised request, defaults filled in
   */
  public record JobCreated(String jobId, String status, JobLinks.Links links, GenerationRequest request) {}

  /**
   * @param body           the raw body; parsed here so that type errors are reported per field
   * @param idempotencyKey optional; 1..255 printable ASCII characters
   * @return 202 for a new job, 200 for a repeated idempotency key
   */
  @Post(consumes = {MediaType.APPLICATION_JSON}, produces = MediaType.APPLICATION_JSON)
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
      mediaType = MediaType.APPLICATION_JSON,
      schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = GenerationBody.class)))
  @Secured(Role.SUBMITTER_NAME)
  public HttpResponse<JobCreated> create(@Body @Nullable byte[] body,
      @Header(HttpHeaders.CONTENT_TYPE) @Nullable String contentType,
      @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(
          pattern = "^[ -~]{1,255}$", minLength = 1, maxLength = 255, example = "trailer-shot-1"))
      @Header(IDEMPOTENCY_KEY) @Nullable String idempotencyKey, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    ObjectNode json = RequestBodyReader.read(RequestBodyReader.json(contentType, body));
    GenerationRequestReader.Result read = reader.read(json);
    List<FieldError> errors = new ArrayList<>(read.errors());
    JobPolicy policy = policies.read(json, read.valid() ? read.request() : null, errors);
    String keyProblem = idempotencyKey == null ? null : keyProblem(idempotencyKey);
    if (keyProblem != null) {
      errors.add(new FieldError(IDEMPOTENCY_KEY, keyProblem, List.of("1.." + MAX_KEY_CHARS + " printable ASCII characters")));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    GenerationRequest request = read.request();
    JsonNode named = json.get("tenant");
    policy = new JobPolicy(caller.actingFor(named == null ? null : named.asText(), "tenant"), policy.maxAttempts(),
        policy.fallbacks());
    String jobId = idempotencyKey == null ? JobIds.random() : JobIds.fromIdempotencyKey(caller.tenant(), idempotencyKey);
    String sha = JobIds.requestSha256(request, policy);
    GenerationStarter.Outcome outcome = starter.start(jobId, request, policy, sha);
    JobLinks.Links jobLinks = links.of(jobId);
    if (outcome.started() && !outcome.admission().accepted()) {
      throw new ApiException(HttpStatus.PAYMENT_REQUIRED, ApiError.of("budget_exceeded",
          outcome.admission().refusal() + " (job " + jobId + " was recorded as failed; no provider was called)"));
    }
    if (outcome.started()) {
      return HttpResponse.<JobCreated>status(HttpStatus.ACCEPTED)
          .body(new JobCreated(jobId, "SUBMITTING", jobLinks, request))
          .headers(h -> h.location(URI.create(jobLinks.self())));
    }
    if (!sha.equals(outcome.requestSha256())) {
      String message = "the " + IDEMPOTENCY_KEY + " header was already used for job " + jobId
          + " with a different request; send a new key for a new request";
      throw new ApiException(HttpStatus.CONFLICT,
          ApiError.ofField("idempotency_conflict", message, IDEMPOTENCY_KEY, List.of()));
    }
    String status = lookup.find(jobId).map(JobLookup.Job::statusName).orElse("SUBMITTING");
    return HttpResponse.ok(new JobCreated(jobId, status, jobLinks, request));
  }

  /** @return what is wrong with the key, or null */
  static String keyProblem(String key) {
    if (key.isBlank()) {
      return IDEMPOTENCY_KEY + " is blank";
    }
    if (key.length() > MAX_KEY_CHARS) {
      return IDEMPOTENCY_KEY + " is longer than " + MAX_KEY_CHARS + " characters";
    }
    return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e) ? null
        : IDEMPOTENCY_KEY + " must be printable ASCII";
  }
}
