package io.seedancerunner.api.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.api.error.ApiException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.api.generation.GenerationBody;
import io.seedancerunner.api.generation.GenerationRequestReader;
import io.seedancerunner.api.generation.JobPolicyReader;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.seedancerunner.workflows.catalog.CostEstimate;
import io.seedancerunner.workflows.catalog.CostEstimator;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.catalog.UnpricedRequestException;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/estimates}: what a request would cost at its provider, before any job starts.
 * The body is the body of {@code POST /v1/generations}, read and checked against the provider's
 * catalogue the same way ({@link GenerationRequestReader}), defaults included; nothing starts and
 * nothing is reserved.
 *
 * <p>Answers 200 {@code {"provider","model","amount","unit","usd","basis"}} ({@link CostEstimator}:
 * amount in the provider's billing unit, {@code credits} or {@code tokens}; {@code usd} null where
 * the provider's rate is unknown); 400 {@code invalid_request} listing every invalid field, like
 * generations, and also for a request the price table cannot price; 413 / 415 like generations.
 */
@Controller("/v1/estimates")
@Secured(Role.SUBMITTER_NAME)
@Requires(property = "seedance.api.enabled", notEquals = "false")
public class EstimateController {

  private final GenerationRequestReader reader;
  private final ProviderAccounts accounts;
  private final JobPolicyReader policies;

  /**
   * @param reader   reads and checks the body, as for generations
   * @param accounts the configured provider accounts, for the catalogue
   * @param policies checks the job-policy fields ({@code tenant}, {@code maxAttempts},
   *                 {@code fallbacks}) as for generations
   */
  public EstimateController(GenerationRequestReader reader, ProviderAccounts accounts, JobPolicyReader policies) {
    this.policies = policies;
    this.reader = reader;
    this.accounts = accounts;
  }

  /**
   * The answer.
   *
   * @param provider the provider account the request goes to (the default one when it named none)
   * @param model    the model, defaults applied
   * @param amount   the cost in {@code unit}
   * @param unit     {@code credits} or {@code tokens}
   * @param usd      the cost in US dollars, or null when the provider's rate is unknown
   * @param basis    how the figure was reached
   */
  @JsonInclude(JsonInclude.Include.ALWAYS) // "usd": null says the rate is unknown
  public record Estimate(String provider, String model, double amount, String unit, Double usd, String basis) {}

  /**
   * @param body the raw body of a {@code POST /v1/generations}
   * @return 200 with the estimate
   * @throws ApiException 400 naming every invalid or unpriced field
   */
  @Post(consumes = {MediaType.APPLICATION_JSON}, produces = MediaType.APPLICATION_JSON)
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
      mediaType = MediaType.APPLICATION_JSON,
      schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = GenerationBody.class)))
  public Estimate estimate(@Body @Nullable byte[] body,
      @Header(HttpHeaders.CONTENT_TYPE) @Nullable String contentType) {
    ObjectNode json = RequestBodyReader.read(RequestBodyReader.json(contentType, body));
    GenerationRequestReader.Result read = reader.read(json);
    List<FieldError> errors = new ArrayList<>(read.errors());
    policies.read(json, read.valid() ? read.request() : null, errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    GenerationRequest request = read.request();
    DialectCatalogue catalogue = accounts.find(request.provider()).flatMap(accounts::catalogue)
        .orElseThrow(() -> ApiException.invalid(List.of(new FieldError("provider",
            "no catalogue for provider '" + request.provider() + "'", accounts.names()))));
    try {
      CostEstimate e = CostEstimator.estimate(catalogue, request);
      return new Estimate(request.provider(), request.model(), e.amount(), e.unit(), e.usd(), e.basis());
    } catch (UnpricedRequestException e) {
      throw ApiException.invalid(List.of(new FieldError(e.field(), e.getMessage(), List.of())));
    }
  }
}
