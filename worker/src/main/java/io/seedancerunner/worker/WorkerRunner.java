package io.seedancerunner.worker;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.workflows.budget.BudgetActivities;
import io.seedancerunner.workflows.budget.BudgetLedgerWorkflowImpl;
import io.seedancerunner.workflows.generation.DownloadActivities;
import io.seedancerunner.workflows.generation.GenerationWorkflowImpl;
import io.seedancerunner.workflows.generation.PollEstimateActivities;
import io.seedancerunner.workflows.generation.ProviderActivities;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.quota.ProviderSlotsWorkflowImpl;
import io.seedancerunner.workflows.quota.QuotaActivities;
import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflowImpl;
import io.seedancerunner.worker.tuning.WorkerTuning;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers and starts the Temporal workers of this process (when {@code seedance.worker.enabled}
 * is not false):
 *
 * <ul>
 *   <li>{@link TaskQueues#WORKFLOWS}: {@code GenerationWorkflow}, {@code ProviderSlotsWorkflow} and
 *       {@code StoryboardWorkflow};</li>
 *   <li>one {@link TaskQueues#provider} queue per provider account: the provider activities,
 *       with the account's {@code requests-per-second}, else its
 *       {@code rate-limit-requests / (rate-limit-window + rate-limit-margin)}, as the queue's
 *       server-side activities-per-second limit, enforced across every worker (docs/build.md;
 *       {@link ProviderConfig#taskQueueActivitiesPerSecond()});</li>
 *   <li>{@link TaskQueues#DOWNLOADS}: the download activity;</li>
 *   <li>{@link TaskQueues#QUOTA}: the quota activities (provider slots);</li>
 *   <li>{@link StoryboardActivities#TASK_QUEUE}: the storyboard's FFmpeg work (last frames, film,
 *       contact sheet), beside the downloads' files.</li>
 * </ul>
 */
@Context
@Requires(property = "seedance.worker.enabled", notEquals = "false")
public class WorkerRunner {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerRunner.class);

  private final WorkerFactory factory;
  private final PollEstimateActivities pollEstimates;
  private final WorkerTuning tuning;
  private final Collection<ProviderConfig> providers;
  private final ProviderActivities providerActivities;
  private final DownloadActivities downloadActivities;
  private final QuotaActivities quotaActivities;
  private final BudgetActivities budgetActivities;
  private final StoryboardActivities storyboardActivities;

  /**
   * @param factory            the Temporal worker factory
   * @param providers          every configured provider account
   * @param providerActivities the provider activities implementation
   * @param downloadActivities the download activity implementation
   * @param quotaActivities    the quota activities implementation
   * @param budgetActivities   the budget ledger activities implementation
   * @param storyboardActivities the storyboard media activities implementation
   * @param pollEstimates      the learned generation times (first-poll estimates)
   * @param tuning             pollers and slots of every task queue ({@code seedance.worker-tuning.*})
   */
  public WorkerRunner(WorkerFactory factory, Collection<ProviderConfig> providers,
      ProviderActivities providerActivities, DownloadActivities downloadActivities,
      QuotaActivities quotaActivities, BudgetActivities budgetActivities,
      StoryboardActivities storyboardActivities, PollEstimateActivities pollEstimates, WorkerTuning tuning) {
    this.factory = factory;
    this.tuning = tuning;
    this.pollEstimates = pollEstimates;
    this.providers = List.copyOf(providers);
    this.providerActivities = providerActivities;
    this.downloadActivities = downloadActivities;
    this.quotaActivities = quotaActivities;
    this.budgetActivities = budgetActivities;
    this.storyboardActivities = storyboardActivities;
  }

  /** Registers every worker and starts polling. */
  @PostConstruct
  void start() {
    factory.newWorker(TaskQueues.WORKFLOWS, tuned())
        .registerWorkflowImplementationTypes(GenerationWorkflowImpl.class, ProviderSlotsWorkflowImpl.class,
            BudgetLedgerWorkflowImpl.class, StoryboardWorkflowImpl.class);
    for (ProviderConfig p : providers) {
      WorkerOptions.Builder options = WorkerOptions.newBuilder();
      Double rate = p.taskQueueActivitiesPerSecond();
      if (rate != null) {
        options.setMaxTaskQueueActivitiesPerSecond(rate);
      }
      Worker w = factory.newWorker(TaskQueues.provider(p.getName()), tuning.workerOptions(options));
      w.registerActivitiesImplementations(providerActivities);
      LOG.info("Worker on {} ({}, {} requests/s)", TaskQueues.provider(p.getName()), p.getDialect(),
          rate == null ? "no limit" : rate);
    }
    factory.newWorker(TaskQueues.DOWNLOADS, tuned()).registerActivitiesImplementations(downloadActivities);
    factory.newWorker(TaskQueues.QUOTA, tuned()).registerActivitiesImplementations(quotaActivities, budgetActivities,
        pollEstimates);
    factory.newWorker(StoryboardActivities.TASK_QUEUE, tuned()).registerActivitiesImplementations(storyboardActivities);
    factory.start();
  }

  private WorkerOptions tuned() {
    return tuning.workerOptions(WorkerOptions.newBuilder());
  }

  /** Stops polling and waits briefly for running activity attempts. */
  @PreDestroy
  void stop() {
    factory.shutdown();
    factory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
  }
}
