package io.seedancerunner.api.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.JobPolicyReader;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.seedancerunner.workflows.budget.BudgetView;
import io.seedancerunner.workflows.budget.LedgerClient;
import java.util.List;

/**
 * A tenant's budget ledger over HTTP. Figures are USD.
 *
 * <ul>
 *   <li>{@code GET /v1/tenants/{id}/budget?offset=0&limit=50}: budget, balance, reserved (held
 *       included), captured, open reservations and a page of ledger entries, newest first;</li>
 *   <li>{@code PUT /v1/tenants/{id}/budget} {@code {"budgetUsd": 250}}: sets the budget;</li>
 *   <li>{@code POST /v1/tenants/{id}/budget/top-up} {@code {"usd": 50}}: adds to it.</li>
 * </ul>
 * 400 {@code invalid_request} names the field and the allowed values.
 */
@Controller("/v1/tenants/{id}/budget")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TenantBudgetController {

  private static final int MAX_PAGE = 500;

  private final LedgerClient ledgers;

  /** @param ledgers the tenant ledgers */
  public TenantBudgetController(LedgerClient ledgers) {
    this.ledgers = ledgers;
  }

  /**
   * @param id     tenant id
   * @param offset entries to skip from the newest (default 0)
   * @param limit  page size, 1..500 (default 50)
   * @return the books
   */
  @Get(produces = MediaType.APPLICATION_JSON)
  public BudgetView view(@PathVariable String id, @QueryValue @Nullable Integer offset,
      @QueryValue @Nullable Integer limit) {
    tenant(id);
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > MAX_PAGE || offset != null && offset < 0) {
      throw new ApiException(HttpStatus.BAD_REQUEST, ApiError.ofField("invalid_request",
          "limit must be 1.." + MAX_PAGE + " and offset >= 0", "limit", List.of("1.." + MAX_PAGE)));
    }
    return ledgers.view(id, offset == null ? 0 : offset, size);
  }

  /**
   * @param id   tenant id
   * @param body {@code {"budgetUsd": <dollars >= 0>}}
   * @return the books after the change
   */
  @Put(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  public BudgetView set(@PathVariable String id, @Body @Nullable String body) {
    tenant(id);
    double usd = dollars(RequestBodyReader.read(body), "budgetUsd", ">= 0");
    try {
      return ledgers.setBudget(id, usd);
    } catch (IllegalArgumentException e) {
      throw invalid("budgetUsd", e.getMessage(), ">= 0");
    }
  }

  /**
   * @param id   tenant id
   * @param body {@code {"usd": <dollars > 0>}}
   * @return the books after the change
   */
  @Post(uri = "/top-up", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  public BudgetView topUp(@PathVariable String id, @Body @Nullable String body) {
    tenant(id);
    double usd = dollars(RequestBodyReader.read(body), "usd", "> 0");
    try {
      return ledgers.topUp(id, usd);
    } catch (IllegalArgumentException e) {
      throw invalid("usd", e.getMessage(), "> 0");
    }
  }

  private static void tenant(String id) {
    if (!JobPolicyReader.TENANT.matcher(id).matches()) {
      throw invalid("id", JobPolicyReader.TENANT_RULE, JobPolicyReader.TENANT.pattern());
    }
  }

  private static double dollars(ObjectNode body, String field, String allowed) {
    JsonNode n = body.get(field);
    if (n == null || !n.isNumber() || !Double.isFinite(n.doubleValue())) {
      throw invalid(field, field + " is required: a number of USD " + allowed, allowed);
    }
    return n.doubleValue();
  }

  private static ApiException invalid(String field, String message, String allowed) {
    return new ApiException(HttpStatus.BAD_REQUEST, ApiError.ofField("invalid_request", message, field, List.of(allowed)));
  }
}
