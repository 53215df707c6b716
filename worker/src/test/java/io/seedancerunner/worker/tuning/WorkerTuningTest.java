package io.seedancerunner.worker.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.temporal.worker.WorkerOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerTuningTest {

  @Test
  void defaultsAreTheSdksAndEveryKeyIsRead() {
    try (ApplicationContext ctx = ApplicationContext.run(Map.of("seedance.worker.enabled", "false"))) {
      WorkerTuning t = ctx.getBean(WorkerTuning.class);
      assertEquals(600, t.factoryOptions(io.temporal.worker.WorkerFactoryOptions.newBuilder()).getWorkflowCacheSize());
      WorkerOptions o = t.workerOptions(WorkerOptions.newBuilder());
      assertEquals(5, o.getMaxConcurrentWorkflowTaskPollers());
      assertEquals(200, o.getMaxConcurrentActivityExecutionSize());
    }
    try (ApplicationContext ctx = ApplicationContext.run(Map.of("seedance.worker.enabled", "false",
        "seedance.worker-tuning.workflow-pollers", "8", "seedance.worker-tuning.activity-pollers", "3",
        "seedance.worker-tuning.workflow-task-slots", "50", "seedance.worker-tuning.activity-slots", "40",
        "seedance.worker-tuning.workflow-cache-size", "2000", "seedance.worker-tuning.workflow-threads", "2500"))) {
      WorkerTuning t = ctx.getBean(WorkerTuning.class);
      assertEquals(2000, t.factoryOptions(io.temporal.worker.WorkerFactoryOptions.newBuilder()).getWorkflowCacheSize());
      assertEquals(2500, t.factoryOptions(io.temporal.worker.WorkerFactoryOptions.newBuilder()).getMaxWorkflowThreadCount());
      WorkerOptions o = t.workerOptions(WorkerOptions.newBuilder().setMaxTaskQueueActivitiesPerSecond(2.0));
      assertEquals(8, o.getMaxConcurrentWorkflowTaskPollers());
      assertEquals(3, o.getMaxConcurrentActivityTaskPollers());
      assertEquals(50, o.getMaxConcurrentWorkflowTaskExecutionSize());
      assertEquals(40, o.getMaxConcurrentActivityExecutionSize());
      assertEquals(2.0, o.getMaxTaskQueueActivitiesPerSecond());
    }
  }
}
