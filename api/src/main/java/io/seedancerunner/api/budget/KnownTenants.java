package io.seedancerunner.api.budget;

import io.seedancerunner.api.config.TenantBudget;
import io.seedancerunner.api.jobs.JobLookup;
import io.seedancerunner.workflows.budget.BudgetLedgerWorkflow;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which tenants have books, without writing any: a tenant config lists
 * ({@code seedance.tenants.<tenant>}), or one whose ledger workflow ({@code budget/<tenant>})
 * exists, running or closed. A GET never starts a ledger for anyone else.
 */
@Singleton
public class KnownTenants {

  private final WorkflowClient client;
  private final Set<String> configured;

  /**
   * @param client  the Temporal client
   * @param tenants every {@code seedance.tenants.<tenant>} entry
   */
  public KnownTenants(WorkflowClient client, List<TenantBudget> tenants) {
    this.client = client;
    this.configured = tenants.stream().map(TenantBudget::getName).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * @param tenant a valid tenant id
   * @return true when config lists it or its ledger workflow exists
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  public boolean has(String tenant) {
    if (configured.contains(tenant)) {
      return true;
    }
    try {
      client.newUntypedWorkflowStub(BudgetLedgerWorkflow.workflowId(tenant)).describe();
      return true;
    } catch (RuntimeException e) {
      if (JobLookup.isNotFound(e)) {
        return false;
      }
      throw e;
    }
  }
}
