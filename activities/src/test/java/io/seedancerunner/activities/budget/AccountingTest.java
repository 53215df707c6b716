package io.seedancerunner.activities.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.activities.download.DownloadActivitiesImpl;
import io.seedancerunner.activities.generation.CallbackUrls;
import io.seedancerunner.activities.generation.ProviderActivitiesImpl;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.NoCapQuota;
import io.seedancerunner.workflows.budget.BudgetLedgerWorkflow;
import io.seedancerunner.workflows.budget.BudgetLedgerWorkflowImpl;
import io.seedancerunner.workflows.budget.BudgetView;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.GenerationWorkflowImpl;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.AttemptRecord;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobPolicy;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's books against the simulator's: 200 randomized clip jobs (five dialects, three
 * tenants, a fifth refused by moderation, two attempts each) with the real activities and ledger
 * in Temporal's time-skipping test environment. For every tenant, what its ledger captured per
 * provider account equals what the simulator charged for that tenant's tasks (failed tasks free,
 * seedance2ai refunds), and every job's {@code costUsd} equals its captures. openai-videos, whose
 * document gives no price and whose task record no charge, is the one account checked against
 * the runner's own estimate instead.
 */
class AccountingTest {

  private static final List<String[]> ACCOUNTS = List.of(
      new String[] {"sim-open-api", "open-api", "/sim/open-api", "sd2_test_simulator_key"},
      new String[] {"sim-seedanceapi", "seedanceapi", "/sim/seedanceapi", "sk_test_simulator_key"},
      new String[] {"sim-seedance2ai", "seedance2ai", "/sim/seedance2ai", "sk_live_simulator_seedance2ai"},
      new String[] {"sim-openai-videos", "openai-videos", "/sim/openai-videos",
          io.seedancerunner.simulator.openaivideos.OpenAiVideosSettings.DEFAULT_API_KEY},
      new String[] {"sim-unified", "unified", "/sim/unified",
          io.seedancerunner.simulator.unified.UnifiedSettings.DEFAULT_API_KEY});
  private static final List<String> TENANTS = List.of("acme", "globex", "initech");
  private static final int JOBS = 200;

  @TempDir
  Path data;

  @Test
  void everyTenantsCaptureEqualsWhatTheSimulatorChargedAndCostUsdEqualsCapture() throws Exception {
    // seedance2ai's quota (30 requests a minute) is real time, which time skipping outruns: raised here.
    try (ApplicationContext sim = ApplicationContext.run(Map.of("micronaut.server.port", -1,
        "simulator.generation-seconds", 1, "simulator.video-dir", data.resolve("sim").toString(),
        "simulator.seedance2ai.rate-limit-requests", 100_000));
         TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      String url = "http://localhost:" + sim.getBean(EmbeddedServer.class).start().getPort();
      admin(url, "/sim/admin/faults", "{\"generationSeconds\":0.05}");
      List<ProviderConfig> accounts = ACCOUNTS.stream().map(a -> Accounts.account(a[0], a[1], url + a[2], a[3])).toList();
      // seedance2ai and unified bill in credits without a USD rate in their documents: ours, 1 cent.
      accounts.stream().filter(a -> List.of("seedance2ai", "unified").contains(a.getDialect()))
          .forEach(a -> a.setUsdPerUnit(0.01));
      ProviderRegistry registry = new ProviderRegistry(accounts, new ObjectMapper());
      RunnerConfig config = new RunnerConfig();
      config.setDataDir(data.toString());
      DownloadActivitiesImpl download = new DownloadActivitiesImpl(config, registry);
      Map<String, Object> budgets = new HashMap<>();
      TENANTS.forEach(t -> budgets.put("seedance.tenants." + t + ".budget-usd", 1_000_000.0));
      WorkflowClient client = env.getWorkflowClient();
      env.newWorker(TaskQueues.WORKFLOWS).registerWorkflowImplementationTypes(GenerationWorkflowImpl.class,
          BudgetLedgerWorkflowImpl.class);
      for (String[] a : ACCOUNTS) {
        env.newWorker(TaskQueues.provider(a[0]))
            .registerActivitiesImplementations(new ProviderActivitiesImpl(registry, new CallbackUrls(config)));
      }
      env.newWorker(TaskQueues.DOWNLOADS).registerActivitiesImplementations(download);
      env.newWorker(TaskQueues.QUOTA).registerActivitiesImplementations(new NoCapQuota(), new BudgetActivitiesImpl(client,
          registry, new PropertySourcePropertyResolver(PropertySource.of("test", budgets))),
          new io.seedancerunner.activities.estimate.FilePollEstimates(
              java.nio.file.Files.createTempDirectory("poll-estimates")));
      SearchAttributes.ALL.forEach(env::registerSearchAttribute);
      env.start();

      Random random = new Random(12);
      Map<String, String> tenantOf = new HashMap<>();
      List<GenerationWorkflow> jobs = new ArrayList<>();
      for (int i = 0; i < JOBS; i++) {
        String account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()))[0];
        String tenant = TENANTS.get(random.nextInt(TENANTS.size()));
        String prompt = "clip " + i + (random.nextInt(5) == 0 ? " [sim:fail]" : "");
        GenerationRequest request = Accounts.text(account, prompt);
        if (account.equals("sim-unified")) {
          request = request.withModel("seedance-2.0-text-to-video");
        }
        String jobId = "acct-" + i;
        tenantOf.put(jobId, tenant);
        GenerationWorkflow wf = client.newWorkflowStub(GenerationWorkflow.class,
            WorkflowOptions.newBuilder().setWorkflowId(jobId).setTaskQueue(TaskQueues.WORKFLOWS).build());
        WorkflowClient.start(wf::run, new GenerationInput(jobId, request, WaitPolicy.defaults(),
            new JobPolicy(tenant, 2, List.of())));
        jobs.add(wf);
      }

      List<GenerationResult> results = new ArrayList<>();
      for (GenerationWorkflow wf : jobs) {
        try {
          results.add(WorkflowStub.fromTyped(wf).getResult(GenerationResult.class));
        } catch (WorkflowException failed) {
          results.add(null); // a moderated clip: its tasks were free
        }
      }
      Map<String, Double> charged = simulatorCharges(url);
      Map<String, Map<String, Double>> expectedByTenant = new HashMap<>();
      Map<String, Double> costByTenant = new HashMap<>();
      for (int i = 0; i < JOBS; i++) {
        GenerationWorkflow wf = jobs.get(i);
        JobStatus status = wf.status();
        String tenant = tenantOf.get(WorkflowStub.fromTyped(wf).getExecution().getWorkflowId());
        double captured = 0;
        for (AttemptRecord r : status.attemptLog()) {
          if (r.providerTaskId() != null) {
            assertTrue(charged.containsKey(r.providerTaskId()), "the simulator knows task " + r.providerTaskId());
            expectedByTenant.computeIfAbsent(tenant, t -> new HashMap<>())
                .merge(r.provider(), charged.get(r.providerTaskId()), Double::sum);
          }
          captured += r.chargedUsd() == null ? 0 : r.chargedUsd();
        }
        assertEquals(status.chargedUsd(), captured, 1e-9, "the job's books are its attempts' captures");
        GenerationResult result = results.get(i);
        if (result != null) {
          assertEquals(captured, result.costUsd(), 1e-9, "costUsd equals what was captured");
        }
        costByTenant.merge(tenant, captured, Double::sum);
      }
      long succeeded = results.stream().filter(r -> r != null).count();

      Map<String, Integer> why = new java.util.TreeMap<>();
      for (int i = 0; i < JOBS; i++) {
        if (results.get(i) == null) {
          JobStatus st = jobs.get(i).status();
          why.merge(st.provider() + " " + st.phase() + " " + String.valueOf(st.lastError()).replaceAll("[0-9a-f-]{8,}", "#")
              .substring(0, Math.min(90, String.valueOf(st.lastError()).length())), 1, Integer::sum);
        }
      }
      assertTrue(succeeded > JOBS / 2 && succeeded < JOBS, succeeded + " of " + JOBS + " succeeded; failed: " + why);
      for (String tenant : TENANTS) {
        BudgetView books = client.newWorkflowStub(BudgetLedgerWorkflow.class, BudgetLedgerWorkflow.workflowId(tenant))
            .view(0, 10);
        Map<String, Double> expected = expectedByTenant.getOrDefault(tenant, Map.of());
        for (Map.Entry<String, Double> e : expected.entrySet()) {
          if (e.getKey().equals("sim-openai-videos")) {
            // Seed 002 gives no price and its task record no charge: the runner cannot know what such
            // a task cost and captures its catalogue's estimate, 0 (the simulator's 1 credit a second
            // is the simulator's own choice). Known gap, see README "Failures and money".
            assertEquals(0.0, books.capturedByProvider().getOrDefault(e.getKey(), 0.0), 1e-9);
            continue;
          }
          assertEquals(e.getValue(), books.capturedByProvider().getOrDefault(e.getKey(), 0.0), 1e-6,
              tenant + " on " + e.getKey() + ": captured equals what the simulator charged");
        }
        assertEquals(costByTenant.getOrDefault(tenant, 0.0), books.capturedUsd(), 1e-6,
            tenant + ": the jobs' costUsd sum to the ledger's capture");
        assertEquals(0, books.reservedUsd(), 1e-9, tenant + ": nothing left reserved");
      }
      download.close();
      registry.close();
    }
  }

  /** @return task id → what the simulator charged for it net of refunds, in its account's unit */
  private static Map<String, Double> simulatorCharges(String url) throws Exception {
    JsonNode all = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "/sim/admin/charges")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    Map<String, Double> byTask = new HashMap<>();
    all.forEach(dialect -> dialect.path("tasks").fields()
        .forEachRemaining(t -> byTask.put(t.getKey(), t.getValue().asDouble())));
    return byTask;
  }

  private static void admin(String url, String path, String json) throws Exception {
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
