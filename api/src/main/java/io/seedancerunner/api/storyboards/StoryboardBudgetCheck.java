package io.seedancerunner.api.storyboards;

import io.micronaut.http.HttpStatus;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.workflows.budget.BudgetView;
import io.seedancerunner.workflows.budget.LedgerClient;
import io.seedancerunner.workflows.catalog.CostEstimator;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.UnpricedRequestException;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotRequests;
import io.seedancerunner.workflows.storyboard.Storyboard;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses a storyboard its tenant's budget cannot pay for, before anything starts: 402
 * {@code budget_exceeded} (issue 4's rule, "refused with a 402 before any provider call", applied
 * to the whole film).
 *
 * <p>The check is a guard, not the enforcement: each take still reserves its own estimate on
 * {@code budget/<tenant>} when it starts, and a take the ledger refuses fails the shot with
 * {@code BudgetExceeded} (no retake). The check sums only the shots whose USD price the api knows
 * from the catalogue, so it refuses only when the film surely does not fit; accounts priced with
 * the worker's {@code usd-per-unit} setting count 0 here.
 */
@Singleton
public class StoryboardBudgetCheck {

  /** Stands in for the previous shot's last frame when estimating a {@code continue} shot. */
  static final String FRAME_PLACEHOLDER = "https://frames.invalid/last-frame.jpg";

  private final ProviderAccounts accounts;
  private final LedgerClient ledgers;

  /** Wires the parts. */
  public StoryboardBudgetCheck(ProviderAccounts accounts, LedgerClient ledgers) {
    this.accounts = accounts;
    this.ledgers = ledgers;
  }

  /**
   * @param storyboard a normalised storyboard
   * @return the sum of the shots' estimates whose USD price is known, USD (one take per shot)
   */
  public double knownEstimateUsd(Storyboard storyboard) {
    double usd = 0;
    for (Shot shot : storyboard.shots()) {
      Double e = shotEstimateUsd(storyboard, shot);
      usd += e == null ? 0 : e;
    }
    return usd;
  }

  /**
   * One take of one shot at its provider's catalogue price (a {@code continue} shot priced with a
   * stand-in first frame).
   *
   * @param storyboard the storyboard, for its defaults
   * @param shot       the shot as it would be taken
   * @return the estimate in USD, or null when the catalogue gives no USD price for it
   */
  public Double shotEstimateUsd(Storyboard storyboard, Shot shot) {
    String frame = shot.continues() ? FRAME_PLACEHOLDER : shot.firstFrameUrl();
    GenerationRequest request = ShotRequests.build(storyboard.defaults(), shot, frame);
    Optional<DialectCatalogue> catalogue = accounts.find(request.provider()).flatMap(accounts::catalogue);
    if (catalogue.isEmpty()) {
      return null;
    }
    try {
      return CostEstimator.estimate(catalogue.get(), request).usd();
    } catch (UnpricedRequestException e) {
      // The reader has checked every shot against its catalogue; an unpriced shot has no figure.
      return null;
    }
  }

  /**
   * @param tenant     the paying tenant
   * @param storyboard the storyboard
   * @throws ApiException 402 {@code budget_exceeded} when the known estimate exceeds the tenant's
   *     balance; the message gives both figures in USD
   * @throws io.temporal.client.WorkflowServiceException when Temporal cannot be reached
   */
  public void check(String tenant, Storyboard storyboard) {
    double estimate = knownEstimateUsd(storyboard);
    if (estimate <= 0) {
      return;
    }
    BudgetView view = ledgers.view(tenant, 0, 0);
    if (estimate > view.balanceUsd() + 1e-9) {
      throw new ApiException(HttpStatus.PAYMENT_REQUIRED, ApiError.of("budget_exceeded", String.format(Locale.ROOT,
          "the %d shots are estimated at %.2f USD, more than tenant %s's balance of %.2f USD "
              + "(budget %.2f, reserved %.2f, captured %.2f); top up with POST /v1/tenants/%s/budget/top-up. "
              + "Nothing was started", storyboard.shots().size(), estimate, tenant, view.balanceUsd(),
          view.budgetUsd(), view.reservedUsd(), view.capturedUsd(), tenant)));
    }
  }
}
