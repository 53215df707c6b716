package io.seedancerunner.api.studio;

import io.seedancerunner.api.budget.KnownTenants;
import io.seedancerunner.workflows.budget.BudgetView;
import io.seedancerunner.workflows.budget.LedgerClient;
import jakarta.inject.Singleton;

/** The budget line of the studio's header: a tenant's balance, reserved and captured USD. */
@Singleton
public class StudioBudget {

  /**
   * The figures, formatted for display.
   *
   * @param tenant   the tenant
   * @param balance  what new takes may still reserve, USD
   * @param reserved set aside for takes that have not ended, USD
   * @param captured what providers charged, USD
   */
  public record Line(String tenant, String balance, String reserved, String captured) {}

  private final LedgerClient ledgers;
  private final KnownTenants known;

  /** Wires the parts. */
  public StudioBudget(LedgerClient ledgers, KnownTenants known) {
    this.ledgers = ledgers;
    this.known = known;
  }

  /**
   * @param tenant the tenant
   * @return its budget line, or null when it has no ledger yet (nothing reads as a write)
   */
  public Line of(String tenant) {
    if (tenant == null || !known.has(tenant)) {
      return null;
    }
    BudgetView v = ledgers.view(tenant, 0, 0);
    return new Line(tenant, StudioShot.usd(v.balanceUsd()), StudioShot.usd(v.reservedUsd()),
        StudioShot.usd(v.capturedUsd()));
  }
}
