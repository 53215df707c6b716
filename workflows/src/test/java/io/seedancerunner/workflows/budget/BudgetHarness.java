package io.seedancerunner.workflows.budget;

import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.GenerationWorkflowImpl;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobPolicy;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.seedancerunner.workflows.quota.QuotaActivities;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.List;
import java.util.Map;

/**
 * A time-skipping environment with GenerationWorkflow, the tenant ledgers, a {@link FakeProvider}
 * behind accounts {@link #A} and {@link #B}, and {@link TestBudgetActivities}.
 */
final class BudgetHarness implements AutoCloseable {

  static final String A = "acct-a";
  static final String B = "acct-b";

  final TestWorkflowEnvironment env;
  final WorkflowClient client;
  final FakeProvider provider = new FakeProvider();
  final TestBudgetActivities budgets;

  BudgetHarness(Map<String, Double> tenantBudgets) {
    this(tenantBudgets, false);
  }

  /**
   * @param freshWorkers true: the workers keep no workflow cache, so every workflow task is
   *                     replayed from history, as by a worker that was just restarted after a kill
   */
  BudgetHarness(Map<String, Double> tenantBudgets, boolean freshWorkers) {
    env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
        .setWorkerFactoryOptions(WorkerFactoryOptions.newBuilder()
            .setWorkflowCacheSize(freshWorkers ? 0 : 600).build())
        .build());
    client = env.getWorkflowClient();
    budgets = new TestBudgetActivities(client, tenantBudgets);
    SearchAttributes.ALL.forEach(env::registerSearchAttribute);
    register(env.getWorkerFactory());
    env.start();
  }

  private void register(WorkerFactory f) {
    f.newWorker(TaskQueues.WORKFLOWS).registerWorkflowImplementationTypes(
        GenerationWorkflowImpl.class, BudgetLedgerWorkflowImpl.class);
    for (String account : List.of(A, B)) {
      f.newWorker(TaskQueues.provider(account)).registerActivitiesImplementations(provider);
    }
    f.newWorker(TaskQueues.DOWNLOADS).registerActivitiesImplementations(provider);
    f.newWorker(TaskQueues.QUOTA).registerActivitiesImplementations(new NoCap(), budgets,
        new io.seedancerunner.workflows.generation.MemoryPollEstimates());
  }

  static GenerationRequest request(String provider, String model, String prompt) {
    return new GenerationRequest(provider, model, prompt, 8, "720p", "16:9", false, false, null, null, List.of());
  }

  GenerationWorkflow start(String jobId, String tenant, GenerationRequest request, int maxAttempts,
      List<JobPolicy.Fallback> fallbacks) {
    return start(jobId, request, new JobPolicy(tenant, maxAttempts, fallbacks));
  }

  GenerationWorkflow start(String jobId, GenerationRequest request, JobPolicy policy) {
    GenerationWorkflow wf = client.newWorkflowStub(GenerationWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(jobId).setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(wf::run, new GenerationInput(jobId, request, WaitPolicy.defaults(),
        policy));
    return wf;
  }

  BudgetView books(String tenant) {
    return budgets.ledgers().view(tenant, 0, 500);
  }

  @Override
  public void close() {
    env.close();
  }

  /** Quota activities of an account without a cap. */
  static final class NoCap implements QuotaActivities {
    @Override
    public boolean acquire(String account, String holderWorkflowId) {
      return true;
    }

    @Override
    public void release(String account, String holderWorkflowId) {}

    @Override
    public List<String> closed(List<String> workflowIds) {
      return List.of();
    }
  }
}
