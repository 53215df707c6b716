package io.seedancerunner.api.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

/**
 * One tenant's configured budget ({@code seedance.tenants.<tenant>.budget-usd}). It applies when
 * the tenant's ledger ({@code budget/<tenant>}) first starts; later changes go through
 * {@code PUT/POST /v1/tenants/{id}/budget}.
 */
@EachProperty("seedance.tenants")
public class TenantBudget {

  private final String name;
  private Double budgetUsd;

  /** @param name the tenant id, the {@code <tenant>} segment of the key */
  public TenantBudget(@Parameter String name) {
    this.name = name;
  }

  /** @return the tenant id */
  public String getName() {
    return name;
  }

  /** @return the budget in USD, or null when unset */
  @Nullable
  public Double getBudgetUsd() {
    return budgetUsd;
  }

  /** @param budgetUsd the budget in USD, &ge; 0 */
  public void setBudgetUsd(@Nullable Double budgetUsd) {
    this.budgetUsd = budgetUsd;
  }
}
