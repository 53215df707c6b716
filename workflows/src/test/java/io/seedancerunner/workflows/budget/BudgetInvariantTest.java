package io.seedancerunner.workflows.budget;

import static io.seedancerunner.workflows.budget.BudgetHarness.A;
import static io.seedancerunner.workflows.budget.BudgetHarness.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.AttemptRecord;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobPolicy;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's accounting invariant over a randomized run of 200 jobs with injected failures
 * (moderation, transient task failures, refused submits, lost submits, expired links, cheaper
 * charges, fallbacks), spread over three tenants, one of them too small for its share. For every
 * tenant: budget = balance + reserved + captured; once the held reservations have expired nothing
 * is reserved; and what all ledgers captured per account equals what the provider charged.
 */
class BudgetInvariantTest {

  private static final List<String> TENANTS = List.of("alpha", "beta", "tiny");
  private static final String[] TAGS = {"", "", "", "[cheap]", "[flaky:1]", "[flaky:2]", "[moderation]",
      "[transient]", "[ambiguous]", "[expired]"};

  @Test
  void everyTenantsBooksBalanceAndMatchTheProvider() {
    long seed = 20261121L;
    Random random = new Random(seed);
    try (BudgetHarness h = new BudgetHarness(Map.of("alpha", 60.0, "beta", 60.0, "tiny", 5.0))) {
      List<GenerationWorkflow> jobs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        String tenant = TENANTS.get(random.nextInt(TENANTS.size()));
        String account = random.nextBoolean() ? A : B;
        List<JobPolicy.Fallback> chain = random.nextInt(4) == 0
            ? List.of(new JobPolicy.Fallback(account.equals(A) ? B : A, null)) : List.of();
        jobs.add(h.start("job-" + i, tenant, BudgetHarness.request(account, "seedance-2.0", "shot " + i + " " + tag),
            1 + random.nextInt(3), chain));
      }
      int succeeded = 0;
      for (GenerationWorkflow wf : jobs) {
        try {
          WorkflowStub.fromTyped(wf).getResult(GenerationResult.class);
          succeeded++;
        } catch (WorkflowFailedException e) {
          // Failures are part of the run; the books must balance anyway.
        }
      }
      double captured = 0;
      for (String tenant : TENANTS) {
        BudgetView b = h.books(tenant);
        assertEquals(b.budgetUsd(), b.balanceUsd() + b.reservedUsd() + b.capturedUsd(), 1e-9, tenant + ": " + b);
        assertEquals(b.heldUsd(), b.reservedUsd(), 1e-9, tenant + ": only held reservations stay open: " + b.open());
        captured += b.capturedUsd();
      }
      for (String account : List.of(A, B)) {
        double ledgers = TENANTS.stream().mapToDouble(t -> h.books(t).capturedByProvider().getOrDefault(account, 0.0)).sum();
        assertEquals(h.provider.charged.getOrDefault(account, 0.0), ledgers, 1e-6, account + " credits");
      }
      assertEquals(h.provider.totalCharged() * TestBudgetActivities.USD_PER_CREDIT, captured, 1e-6);
      long refused = jobs.stream().filter(wf -> wf.status().attemptLog().stream()
          .anyMatch(r -> r.outcome().equals("REFUSED"))).count();
      assertTrue(succeeded > 50 && refused > 0, "a mixed run: " + succeeded + " succeeded, " + refused + " refused");
      assertTrue(jobs.stream().flatMap(wf -> wf.status().attemptLog().stream()).map(AttemptRecord::ledger)
          .noneMatch("RESERVED"::equals), "every attempt of an ended job is settled");

      h.env.sleep(Duration.ofHours(49));
      for (String tenant : TENANTS) {
        BudgetView b = h.books(tenant);
        assertEquals(0, b.reservedUsd(), 1e-9, tenant + ": held reservations released at expiry");
        assertEquals(b.budgetUsd(), b.balanceUsd() + b.capturedUsd(), 1e-9, tenant);
      }
    }
  }
}
