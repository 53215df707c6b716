package io.seedancerunner.worker.metrics;

import com.uber.m3.tally.Scope;
import io.seedancerunner.activities.metrics.RunnerMetrics;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;

/**
 * The runner's job metrics, taken at the worker without touching workflow or activity code:
 *
 * <ul>
 *   <li>a {@code GenerationWorkflow} run counts {@value #JOBS_STARTED} and, when it closes,
 *       {@value #JOBS_ENDED} with {@code outcome} {@code succeeded}, {@code failed} or
 *       {@code cancelled}, and its polls in {@value #POLLS}; labels {@code provider} and
 *       {@code model}; and the USD the ledger captured for it, in micro-dollars, in
 *       {@value #USD_CAPTURED} with {@code tenant} (a configured budget owner) and {@code provider}.
 *       They go through {@code Workflow.getMetricsScope()}, which stays silent
 *       during replay, so a worker restart counts nothing twice;</li>
 *   <li>a {@code MediaDownload} activity that returns a file records its bytes and throughput
 *       ({@link RunnerMetrics#download}).</li>
 * </ul>
 */
public final class JobMetricsInterceptor extends WorkerInterceptorBase {

  /** Prometheus: {@code seedance_jobs_started_total}. */
  public static final String JOBS_STARTED = "seedance_jobs_started";
  /** Prometheus: {@code seedance_jobs_ended_total}. */
  public static final String JOBS_ENDED = "seedance_jobs_ended";
  /** Prometheus: {@code seedance_job_polls_total}: status polls of ended jobs (divide by jobs ended). */
  public static final String POLLS = "seedance_job_polls";

  /** Prometheus: {@code seedance_usd_captured_microdollars_total}: USD captured, by tenant and provider. */
  public static final String USD_CAPTURED = "seedance_usd_captured_microdollars";

  private static final String DOWNLOAD_ACTIVITY = "MediaDownload";

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    return new WorkflowInboundCallsInterceptorBase(next) {
      @Override
      public WorkflowOutput execute(WorkflowInput input) {
        if (!GenerationWorkflow.TYPE.equals(Workflow.getInfo().getWorkflowType())
            || !(input.getArguments()[0] instanceof GenerationInput job)) {
          return super.execute(input);
        }
        Scope scope = Workflow.getMetricsScope().tagged(Map.of(
            "provider", label(job.request().provider()), "model", label(job.request().model())));
        scope.counter(JOBS_STARTED).inc(1);
        String outcome = "failed";
        try {
          WorkflowOutput out = super.execute(input);
          outcome = "succeeded";
          if (out.getResult() instanceof GenerationResult r) {
            scope.counter(POLLS).inc(r.polls());
            captured(job, r);
          }
          return out;
        } catch (CanceledFailure e) {
          outcome = "cancelled";
          throw e;
        } finally {
          scope.tagged(Map.of("outcome", outcome)).counter(JOBS_ENDED).inc(1);
        }
      }
    };
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityInboundCallsInterceptorBase(next) {
      private ActivityExecutionContext context;

      @Override
      public void init(ActivityExecutionContext context) {
        this.context = context;
        super.init(context);
      }

      @Override
      public ActivityOutput execute(ActivityInput input) {
        if (!DOWNLOAD_ACTIVITY.equals(context.getInfo().getActivityType())) {
          return super.execute(input);
        }
        long started = System.nanoTime();
        ActivityOutput out = super.execute(input);
        if (out.getResult() instanceof VideoFile file && input.getArguments()[0] instanceof DownloadRequest request) {
          RunnerMetrics.download(label(request.provider()), file.bytes(), Duration.ofNanos(System.nanoTime() - started));
        }
        return out;
      }
    };
  }

  /** USD the ledger booked for a finished job, in whole micro-dollars (exact, a tally counter is integral). */
  private static void captured(GenerationInput job, GenerationResult r) {
    if (r.costUsd() == null) {
      return;
    }
    long micros = BigDecimal.valueOf(r.costUsd()).movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
    Workflow.getMetricsScope().tagged(Map.of(
        "tenant", label(job.policy() == null ? null : job.policy().tenant()), "provider", label(r.provider())))
        .counter(USD_CAPTURED).inc(micros);
  }

  private static String label(String value) {
    return value == null || value.isBlank() ? "default" : value;
  }
}
