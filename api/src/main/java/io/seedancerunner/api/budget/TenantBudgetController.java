package io.seedancerunner.api.budget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Header;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.JobPolicyReader;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.seedancerunner.api.security.Caller;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.workflows.budget.BudgetView;
import io.seedancerunner.workflows.budget.LedgerClient;
import io.seedancerunner.workflows.catalog.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's budget ledger over HTTP. Figures are USD.
 *
 * <ul>
 *   <li>{@code GET /v1/tenants/{id}/budget?offset=0&limit=50}: budget, balance, reserved (held
 *       included), captured, open reservations and a page of ledger entries, newest first. Writes
 *       nothing: a tenant whose ledger never started and that config does not list is 404;</li>
 *   <li>{@code PUT /v1/tenants/{id}/budget} {@code {"budgetUsd": 250}}: sets the budget (starting
 *       the ledger if needed); 409 {@code budget_below_captured} below what is already captured;</li>
 *   <li>{@code POST /v1/tenants/{id}/budget/top-up} {@code {"usd": 50}}: adds to it.</li>
 * </ul>
 * Amounts are {@link UsdAmount}s (at most 1,000,000,000 USD, 6 decimal places). 400
 * {@code invalid_request} names every invalid field or parameter and the allowed values. Reading
 * needs the {@code viewer} role and the caller's own tenant (403 for another, unless operator);
 * changing needs {@code operator}.
 */
@Controller("/v1/tenants/{id}/budget")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TenantBudgetController {

  private static final int MAX_PAGE = 500;

  private final LedgerClient ledgers;
  private final KnownTenants known;

  /**
   * @param ledgers the tenant ledgers
   * @param known   which tenants have a ledger or a configured budget
   */
  public TenantBudgetController(LedgerClient ledgers, KnownTenants known) {
    this.ledgers = ledgers;
    this.known = known;
  }

  /**
   * @param id     tenant id
   * @param offset entries to skip from the newest, a whole number &ge; 0 (default 0)
   * @param limit  page size, 1..500 (default 50)
   * @param authentication the caller
   * @return the books
   */
  @Get(produces = MediaType.APPLICATION_JSON)
  @Secured(Role.VIEWER_NAME)
  public BudgetView view(@PathVariable String id, @QueryValue @Nullable String offset,
      @QueryValue @Nullable String limit, Authentication authentication) {
    tenant(id);
    Caller.of(authentication).actingFor(id, "id");
    List<FieldError> errors = new ArrayList<>();
    int from = whole(offset, "offset", 0, 0, Integer.MAX_VALUE, errors);
    int size = whole(limit, "limit", 50, 1, MAX_PAGE, errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    if (!known.has(id)) {
      throw new ApiException(HttpStatus.NOT_FOUND, ApiError.of("not_found", "tenant " + id
          + " has no budget yet; an operator sets one with PUT /v1/tenants/" + id + "/budget"));
    }
    return ledgers.view(id, from, size);
  }

  /**
   * @param id   tenant id
   * @param body {@code {"budgetUsd": <USD, 0..1,000,000,000, at most 6 decimal places>}}
   * @return the books after the change
   */
  @Put(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  @Secured(Role.OPERATOR_NAME)
  public BudgetView set(@PathVariable String id, @Body @Nullable byte[] body,
      @Header(HttpHeaders.CONTENT_TYPE) @Nullable String contentType) {
    tenant(id);
    BigDecimal usd = UsdAmount.read(RequestBodyReader.readExact(RequestBodyReader.json(contentType, body)), "budgetUsd",
        true);
    if (known.has(id)) {
      BigDecimal captured = BigDecimal.valueOf(ledgers.view(id, 0, 0).capturedUsd());
      if (usd.compareTo(captured) < 0) {
        throw new ApiException(HttpStatus.CONFLICT, ApiError.ofField("budget_below_captured", "tenant " + id
            + " has already spent (captured) " + captured.toPlainString() + " USD; a budget of " + usd.toPlainString()
            + " USD would be below it. Set at least " + captured.toPlainString(), "budgetUsd",
            List.of(">= " + captured.toPlainString())));
      }
    }
    try {
      return ledgers.setBudget(id, usd.doubleValue());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(List.of(new FieldError("budgetUsd", e.getMessage(), List.of())));
    }
  }

  /**
   * @param id   tenant id
   * @param body {@code {"usd": <USD, above 0 up to 1,000,000,000, at most 6 decimal places>}}
   * @return the books after the change
   */
  @Post(uri = "/top-up", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  @Secured(Role.OPERATOR_NAME)
  public BudgetView topUp(@PathVariable String id, @Body @Nullable byte[] body,
      @Header(HttpHeaders.CONTENT_TYPE) @Nullable String contentType) {
    tenant(id);
    ObjectNode json = RequestBodyReader.readExact(RequestBodyReader.json(contentType, body));
    BigDecimal usd = UsdAmount.read(json, "usd", false);
    try {
      return ledgers.topUp(id, usd.doubleValue());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(List.of(new FieldError("usd", e.getMessage(), List.of())));
    }
  }

  private static void tenant(String id) {
    if (!JobPolicyReader.TENANT.matcher(id).matches()) {
      throw ApiException.invalid(List.of(new FieldError("id", JobPolicyReader.TENANT_RULE,
          List.of(JobPolicyReader.TENANT.pattern()))));
    }
  }

  /** @return the parameter as a whole number in range, its default when absent; else adds an error */
  private static int whole(String text, String name, int dflt, int min, int max, List<FieldError> errors) {
    if (text == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    String range = min + ".." + (max == Integer.MAX_VALUE ? "" : max);
    String shown = text.length() > 20 ? text.substring(0, 17) + "..." : text;
    errors.add(new FieldError(name, name + " must be a whole number " + range + ", not '" + shown + "'", List.of(range)));
    return dflt;
  }
}
