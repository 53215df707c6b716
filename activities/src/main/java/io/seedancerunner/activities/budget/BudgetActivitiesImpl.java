package io.seedancerunner.activities.budget;

import io.micronaut.core.value.PropertyResolver;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.workflows.budget.BudgetActivities;
import io.seedancerunner.workflows.budget.BudgetStubs;
import io.seedancerunner.workflows.budget.LedgerClient;
import io.seedancerunner.workflows.budget.LedgerEntry;
import io.seedancerunner.workflows.budget.ReserveOutcome;
import io.seedancerunner.workflows.budget.ReserveRequest;
import io.seedancerunner.workflows.budget.SettleRequest;
import io.seedancerunner.workflows.catalog.Catalogues;
import io.seedancerunner.workflows.catalog.CostEstimate;
import io.seedancerunner.workflows.catalog.CostEstimator;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;

/**
 * {@link BudgetActivities} over the tenants' {@code BudgetLedgerWorkflow}s. Prices a request with
 * {@link CostEstimator} from the account's dialect catalogue, converts it to USD with the
 * catalogue's rate or the account's {@code usd-per-unit}, and sends the Update. A tenant's ledger
 * not yet running is started with its configured budget ({@code seedance.tenants.<tenant>.budget-usd},
 * the same key the api reads), or 0 USD for a tenant nobody configured (its reservations are then
 * refused with the ledger's message).
 */
@Singleton
public class BudgetActivitiesImpl implements BudgetActivities {

  private final ProviderRegistry registry;
  private final LedgerClient ledgers;

  /**
   * @param client   the Temporal client
   * @param registry the provider accounts, for their dialect and {@code usd-per-unit}
   * @param config   the application's properties, for {@code seedance.tenants.<tenant>.budget-usd}
   */
  public BudgetActivitiesImpl(WorkflowClient client, ProviderRegistry registry, PropertyResolver config) {
    this.registry = registry;
    this.ledgers = new LedgerClient(client,
        tenant -> config.getProperty("seedance.tenants." + tenant + ".budget-usd", Double.class).orElse(null));
  }

  /**
   * {@inheritDoc}
   *
   * @throws ApplicationFailure non-retryable {@link BudgetStubs#BUDGET_UNPRICED} for an unknown
   *     account, an unpriced request, or a unit with no USD rate
   */
  @Override
  public ReserveOutcome reserve(String tenant, String jobId, int attempt, GenerationRequest request) {
    ProviderConfig account = registry.config(request.provider())
        .orElseThrow(() -> unpriced("unknown provider account '" + request.provider() + "'"));
    DialectCatalogue catalogue = Catalogues.forDialect(account.getDialect())
        .orElseThrow(() -> unpriced("account " + account.getName() + " has no catalogue"));
    CostEstimate estimate;
    try {
      estimate = CostEstimator.estimate(catalogue, request);
    } catch (IllegalArgumentException e) {
      throw unpriced(e.getMessage());
    }
    double rate = usdPerUnit(account, catalogue, estimate);
    ReserveRequest reserve = new ReserveRequest(jobId, attempt, request.provider(), request.model(),
        estimate.amount(), estimate.unit(), rate, estimate.basis());
    return ledgers.reserve(tenant, reserve, estimate.basis());
  }

  private static double usdPerUnit(ProviderConfig account, DialectCatalogue catalogue, CostEstimate estimate) {
    if (account.getUsdPerUnit() != null) {
      return account.getUsdPerUnit();
    }
    if (estimate.usd() != null && estimate.amount() > 0) {
      return estimate.usd() / estimate.amount();
    }
    if (catalogue.usdPerUnit() != null) {
      return catalogue.usdPerUnit();
    }
    if (estimate.amount() == 0) {
      return 0;
    }
    throw unpriced("account " + account.getName() + " bills in " + estimate.unit()
        + " and has no USD rate: set seedance.providers." + account.getName() + ".usd-per-unit");
  }

  @Override
  public LedgerEntry capture(String tenant, SettleRequest request) {
    return ledgers.capture(tenant, request);
  }

  @Override
  public LedgerEntry release(String tenant, SettleRequest request) {
    return ledgers.release(tenant, request);
  }

  @Override
  public LedgerEntry hold(String tenant, SettleRequest request) {
    return ledgers.hold(tenant, request);
  }

  private static ApplicationFailure unpriced(String message) {
    return ApplicationFailure.newNonRetryableFailure("cannot price the request: " + message, BudgetStubs.BUDGET_UNPRICED);
  }
}
