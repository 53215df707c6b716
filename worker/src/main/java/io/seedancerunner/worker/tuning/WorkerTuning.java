package io.seedancerunner.worker.tuning;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;

/**
 * How much the worker takes on at once, {@code seedance.worker-tuning.*} (env
 * {@code SEEDANCE_WORKER_TUNING_WORKFLOW_CACHE_SIZE} and so on). The defaults are the Temporal
 * Java SDK 1.38's own ({@code WorkerOptions} and {@code WorkerFactoryOptions} Javadoc), so an
 * unset key changes nothing. See README, "Performance".
 *
 * @param workflowPollers    concurrent workflow task polls per task queue, default 5; raise it
 *                           when workflow task schedule-to-start latency grows
 * @param activityPollers    concurrent activity task polls per task queue, default 5
 * @param workflowTaskSlots  workflow tasks executed at once per task queue, default 200
 * @param activitySlots      activity attempts executed at once per task queue, default 200
 *                           (downloads and provider calls each hold one while they run)
 * @param workflowCacheSize  workflow executions kept in memory between workflow tasks (sticky
 *                           execution), shared by all task queues of the worker, default 600;
 *                           a waiting clip that falls out of it is replayed from its history on
 *                           its next wake-up
 * @param workflowThreads    most workflow threads of the worker, default 600; should be at least
 *                           the cache size
 */
@ConfigurationProperties("seedance.worker-tuning")
public record WorkerTuning(
    @Bindable(defaultValue = "5") int workflowPollers,
    @Bindable(defaultValue = "5") int activityPollers,
    @Bindable(defaultValue = "200") int workflowTaskSlots,
    @Bindable(defaultValue = "200") int activitySlots,
    @Bindable(defaultValue = "600") int workflowCacheSize,
    @Bindable(defaultValue = "600") int workflowThreads) {

  /**
   * @param base factory options already set (for example interceptors)
   * @return the options with this tuning's cache size and workflow threads added
   */
  public WorkerFactoryOptions factoryOptions(WorkerFactoryOptions.Builder base) {
    return base
        .setWorkflowCacheSize(workflowCacheSize)
        .setMaxWorkflowThreadCount(workflowThreads)
        .build();
  }

  /**
   * @param base options already set for one task queue (for example its activities-per-second limit)
   * @return the options with the pollers and slots of this tuning added
   */
  public WorkerOptions workerOptions(WorkerOptions.Builder base) {
    return base
        .setMaxConcurrentWorkflowTaskPollers(workflowPollers)
        .setMaxConcurrentActivityTaskPollers(activityPollers)
        .setMaxConcurrentWorkflowTaskExecutionSize(workflowTaskSlots)
        .setMaxConcurrentActivityExecutionSize(activitySlots)
        .build();
  }
}
