package io.seedancerunner.workflows.budget;

import io.seedancerunner.workflows.generation.DownloadActivities;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.ProviderActivities;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.model.DownloadRequest;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory provider with books, steered by tags in the prompt. It charges
 * {@link #CREDITS_PER_SECOND} × duration at submit (80 % with {@code [cheap]}) and refunds a task
 * that fails, like the simulator. Tags: {@code [moderation]} every task fails with a moderation
 * code; {@code [flaky:N]} the job's first N tasks fail with {@code generation_failed};
 * {@code [ambiguous]} every submit is ambiguous (nothing created); {@code [transient]} every
 * submit is refused as transient (nothing created); {@code [expired]} the job's first two downloads
 * are refused ({@code LINK_REFUSED}), so that a fresh link is refused too. Models in {@link #down} fail every task with {@code service_unavailable}.
 */
final class FakeProvider implements ProviderActivities, DownloadActivities {

  static final double CREDITS_PER_SECOND = 10;
  static final VideoFile VIDEO = new VideoFile("/data/videos/job/clip.mp4", 1234, "ab", 8.0, 1280, 720);

  private record Task(String jobId, GenerationRequest request, double charge, boolean fails, String code) {}

  final Set<String> down = ConcurrentHashMap.newKeySet();
  final Map<String, Double> charged = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> submitsByJob = new ConcurrentHashMap<>();
  final AtomicInteger submits = new AtomicInteger();
  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> tasksByJob = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> downloadsByJob = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  @Override
  public SubmitReceipt submit(String jobId, int attempt, GenerationRequest request) {
    String prompt = request.prompt();
    if (prompt.contains("[ambiguous]")) {
      throw ApplicationFailure.newNonRetryableFailure("connection reset after the body was sent",
          Failures.AMBIGUOUS_SUBMIT);
    }
    if (prompt.contains("[transient]")) {
      throw ApplicationFailure.newFailure("503 busy", Failures.PROVIDER_TRANSIENT, "busy", 503);
    }
    submits.incrementAndGet();
    submitsByJob.computeIfAbsent(jobId, k -> new AtomicInteger()).incrementAndGet();
    int n = tasksByJob.computeIfAbsent(jobId, k -> new AtomicInteger()).incrementAndGet();
    String code = prompt.contains("[moderation]") ? "content_policy_violation"
        : down.contains(request.model()) ? "service_unavailable"
        : n <= flaky(prompt) ? "generation_failed" : null;
    double charge = CREDITS_PER_SECOND * request.durationSeconds() * (prompt.contains("[cheap]") ? 0.8 : 1);
    String id = "task-" + ids.incrementAndGet();
    tasks.put(id, new Task(jobId, request, charge, code != null, code));
    charged.merge(request.provider(), charge, Double::sum);
    return new SubmitReceipt(id, TaskState.QUEUED, 30, charge, true);
  }

  private static int flaky(String prompt) {
    int at = prompt.indexOf("[flaky:");
    return at < 0 ? 0 : Integer.parseInt(prompt.substring(at + 7, prompt.indexOf(']', at)));
  }

  @Override
  public Reconciliation reconcile(String jobId, int attempt, GenerationRequest request, long windowStartMillis,
      long windowEndMillis) {
    return Reconciliation.unsupported("fake");
  }

  @Override
  public synchronized TaskSnapshot status(String provider, String providerTaskId) {
    Task t = tasks.get(providerTaskId);
    if (t.fails()) {
      if (!t.code().startsWith("refunded")) {
        charged.merge(t.request().provider(), -t.charge(), Double::sum);
        tasks.put(providerTaskId, new Task(t.jobId(), t.request(), 0, true, "refunded:" + t.code()));
      }
      Task now = tasks.get(providerTaskId);
      String code = now.code().replace("refunded:", "");
      // As an adapter classifies (ProviderErrors.taskOutcome): a moderation code is final.
      ProviderOutcome outcome = code.equals("content_policy_violation") ? ProviderOutcome.MODERATED
          : ProviderOutcome.TASK_FAILED_RETRYABLE;
      return new TaskSnapshot(providerTaskId, TaskState.FAILED, "failed", null, null, code, "the task failed", 0.0,
          null, outcome);
    }
    return new TaskSnapshot(providerTaskId, TaskState.SUCCEEDED, "succeeded", 100,
        "http://cdn/" + providerTaskId + ".mp4", null, null, t.charge());
  }

  @Override
  public boolean cancel(String provider, String providerTaskId) {
    return false;
  }

  @Override
  public VideoFile download(DownloadRequest request) {
    int n = downloadsByJob.computeIfAbsent(request.jobId(), k -> new AtomicInteger()).incrementAndGet();
    Task t = tasks.get(request.providerTaskId());
    if (t.request().prompt().contains("[expired]") && n <= 2) {
      throw ApplicationFailure.newNonRetryableFailure("403 link expired", Failures.LINK_REFUSED, "HTTP_403", 403);
    }
    return VIDEO;
  }

  @Override
  public String freshLink(String provider, String providerTaskId) {
    return status(provider, providerTaskId).videoUrl();
  }

  /** @return net credits charged by all accounts */
  double totalCharged() {
    return charged.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
