package io.seedancerunner.worker.bench;

import io.seedancerunner.activities.estimate.FilePollEstimates;
import io.seedancerunner.workflows.generation.DownloadActivities;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.GenerationWorkflowImpl;
import io.seedancerunner.workflows.generation.PollEstimateActivities;
import io.seedancerunner.workflows.generation.ProviderActivities;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.VideoFile;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.seedancerunner.workflows.quota.QuotaActivities;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import java.nio.file.Files;
import org.mockito.Mockito;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How soon a clip's wait ends without webhooks or hints (issue 14), in Temporal's time-skipping
 * test environment with the real {@link GenerationWorkflowImpl}, the real estimate store
 * ({@link FilePollEstimates}) and a fake provider whose task is done after the generation time
 * ×U(0.8, 1.2). Per dialect (its poll floor) and generation time: 20 jobs teach the estimate, then
 * 40 jobs are measured. Prints median and p90 detection delay (the status read that saw the task
 * done, minus when it was done) as a share of the generation time, and provider calls per clip
 * (submit plus status reads). Run it with {@code scripts/benchmark-waits.sh [measuredJobs]}.
 */
public final class WaitBenchmark {

  /** Dialects and their status-read floor in seconds (5 s: openai-videos' documented floor, our default elsewhere). */
  private static final Map<String, Long> FLOORS = new java.util.LinkedHashMap<>();

  static {
    for (String d : List.of("ark", "openai-videos", "openapi", "seedance2ai", "seedanceapi", "unified")) {
      FLOORS.put(d, 5L);
    }
  }

  private WaitBenchmark() {}

  public static void main(String[] args) throws Exception {
    int measured = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    System.out.printf("%-14s %6s %12s %12s %14s %14s%n", "dialect", "gen s", "delay p50 %", "delay p90 %",
        "calls p50", "calls p90");
    for (Map.Entry<String, Long> d : FLOORS.entrySet()) {
      for (long gen : new long[] {20, 60, 240}) {
        run(d.getKey(), d.getValue(), gen, measured);
      }
    }
  }

  private static void run(String dialect, long floor, long genSeconds, int measured) throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      FakeProvider provider = new FakeProvider(env, genSeconds);
      env.newWorker(TaskQueues.WORKFLOWS).registerWorkflowImplementationTypes(GenerationWorkflowImpl.class);
      env.newWorker(TaskQueues.provider(dialect)).registerActivitiesImplementations(provider);
      env.newWorker(TaskQueues.DOWNLOADS).registerActivitiesImplementations(provider.downloads);
      env.newWorker(TaskQueues.QUOTA).registerActivitiesImplementations(noCap(),
          (PollEstimateActivities) new FilePollEstimates(Files.createTempDirectory("bench-estimates")));
      SearchAttributes.ALL.forEach(env::registerSearchAttribute);
      env.start();
      WaitPolicy policy = new WaitPolicy(7200, floor, 60, 10, 1.5, 30);
      for (int i = 0; i < PollEstimateActivities.MIN_SAMPLES; i++) {
        runJob(env, dialect, "learn-" + i, policy);
      }
      provider.reset();
      for (int i = 0; i < measured; i++) {
        runJob(env, dialect, "job-" + i, policy);
      }
      List<Double> delays = new ArrayList<>();
      List<Integer> calls = new ArrayList<>();
      provider.tasks.values().forEach(t -> {
        delays.add(100.0 * (t.detectedAt - t.doneAt) / (genSeconds * 1000.0));
        calls.add(t.calls.get());
      });
      Collections.sort(delays);
      Collections.sort(calls);
      System.out.printf("%-14s %6d %12.1f %12.1f %14d %14d%n", dialect, genSeconds, pct(delays, 50), pct(delays, 90),
          pct(calls, 50), pct(calls, 90));
    }
  }

  private static void runJob(TestWorkflowEnvironment env, String dialect, String jobId, WaitPolicy policy) {
    WorkflowClient client = env.getWorkflowClient();
    GenerationWorkflow wf = client.newWorkflowStub(GenerationWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(jobId).setTaskQueue(TaskQueues.WORKFLOWS).build());
    GenerationRequest request = new GenerationRequest(dialect, "seedance-2.0", "a bench clip", 8, "720p", "16:9",
        false, false, null, null, List.of());
    WorkflowClient.start(wf::run, new GenerationInput(jobId, request, policy));
    WorkflowStub.fromTyped(wf).getResult(Object.class);
  }

  /** No account cap: every slot is granted at once. */
  private static QuotaActivities noCap() {
    QuotaActivities quota = Mockito.mock(QuotaActivities.class, Mockito.withSettings().withoutAnnotations());
    Mockito.when(quota.acquire(Mockito.anyString(), Mockito.anyString())).thenReturn(true);
    return quota;
  }

  private static <T> T pct(List<T> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** One fake task: when it is done, when the runner saw it, and the provider calls it cost. */
  static final class Task {
    long doneAt;
    long detectedAt;
    final AtomicInteger calls = new AtomicInteger(1);
  }

  /** A provider without webhooks or hints: its task is done after the generation time ×U(0.8, 1.2). */
  static final class FakeProvider implements ProviderActivities {
    final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final TestWorkflowEnvironment env;
    private final long genMillis;
    private final Random random = new Random(14);
    private final AtomicInteger ids = new AtomicInteger();
    final DownloadActivities downloads = r -> new VideoFile("/dev/null", 1, "00", 8.0, 1280, 720);

    FakeProvider(TestWorkflowEnvironment env, long genSeconds) {
      this.env = env;
      this.genMillis = genSeconds * 1000;
    }

    void reset() {
      tasks.clear();
    }

    @Override
    public SubmitReceipt submit(String jobId, int attempt, GenerationRequest request) {
      Task t = new Task();
      t.doneAt = env.currentTimeMillis() + Math.round(genMillis * (0.8 + 0.4 * random.nextDouble()));
      String id = "t" + ids.incrementAndGet();
      tasks.put(id, t);
      return new SubmitReceipt(id, TaskState.QUEUED, null, null, false);
    }

    @Override
    public TaskSnapshot status(String provider, String providerTaskId) {
      Task t = tasks.get(providerTaskId);
      long now = env.currentTimeMillis();
      if (t == null) {
        return new TaskSnapshot(providerTaskId, TaskState.SUCCEEDED, "succeeded", 100, "http://x/v.mp4", null, null,
            0.0);
      }
      t.calls.incrementAndGet();
      if (now < t.doneAt) {
        return new TaskSnapshot(providerTaskId, TaskState.RUNNING, "running", null, null, null, null, null);
      }
      t.detectedAt = now;
      return new TaskSnapshot(providerTaskId, TaskState.SUCCEEDED, "succeeded", 100, "http://x/v.mp4", null, null, 0.0);
    }

    @Override
    public Reconciliation reconcile(String jobId, int attempt, GenerationRequest request, long from, long to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String freshLink(String provider, String providerTaskId) {
      return null;
    }

    @Override
    public boolean cancel(String provider, String providerTaskId) {
      return false;
    }
  }
}
