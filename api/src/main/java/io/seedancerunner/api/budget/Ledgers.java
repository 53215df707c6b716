package io.seedancerunner.api.budget;

import io.micronaut.context.annotation.Factory;
import io.seedancerunner.api.config.TenantBudget;
import io.seedancerunner.workflows.budget.LedgerClient;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Makes the api's {@link LedgerClient}, which starts a tenant's ledger with its configured budget. */
@Factory
public class Ledgers {

  /**
   * @param client  the Temporal client
   * @param tenants every {@code seedance.tenants.<tenant>} entry
   * @return the ledger client
   */
  @Singleton
  public LedgerClient ledgerClient(WorkflowClient client, List<TenantBudget> tenants) {
    Map<String, Double> budgets = tenants.stream().filter(t -> t.getBudgetUsd() != null)
        .collect(Collectors.toMap(TenantBudget::getName, TenantBudget::getBudgetUsd));
    return new LedgerClient(client, budgets::get);
  }
}
