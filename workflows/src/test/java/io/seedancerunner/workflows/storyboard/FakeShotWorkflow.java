package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobPolicy;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.VideoFile;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for {@code GenerationWorkflowImpl} as a storyboard's child: it "generates" for
 * {@link #millisPerClipSecond} of workflow time per second of clip (10 s by default) and returns
 * a file named after its job id. Prompt markers
 * script failures: {@code [fail-once]} fails take 1 with a provider task failure (worth a retake),
 * {@code [fail-always]} fails every take so, {@code [reject]} fails with a refused request (never
 * taken again), {@code [undelivered]} fails as a paid task whose video could not be fetched,
 * {@code [outcome:NAME]} fails take 1 with that {@code ProviderOutcome}'s failure, {@code [over-budget]} fails as the tenant's ledger refusing the reservation, {@code [hold]} generates until cancelled. Provider {@code acct-frames} returns the provider's own last frame URL.
 *
 * <p>It records, outside replay, every job that really started (its request and its workflow-time
 * interval), so tests count child runs and check order and parallelism.
 */
public class FakeShotWorkflow implements GenerationWorkflow {

  /** A child that really ran: its request and workflow-time interval, epoch ms. */
  public record Run(String jobId, GenerationRequest request, long startedAt, long endedAt) {}

  /** Job id → run, for the runs that started (endedAt 0 until it ended). */
  public static final Map<String, Run> RUNS = new ConcurrentHashMap<>();
  /** Job id → the job policy the parent passed (absent when it passed none). */
  public static final Map<String, JobPolicy> POLICIES = new ConcurrentHashMap<>();
  /** USD each budgeted take "costs". */
  public static final double USD_PER_TAKE = 0.25;
  /** The provider whose results carry a last frame image. */
  public static final String FRAMES_PROVIDER = "acct-frames";
  /** Workflow-time milliseconds of "generation" per second of clip; set before a workflow starts. */
  public static volatile long millisPerClipSecond = 10_000;

  @Override
  public GenerationResult run(GenerationInput input) {
    GenerationRequest r = input.request();
    long start = Workflow.currentTimeMillis();
    if (!Workflow.isReplaying()) {
      RUNS.putIfAbsent(input.jobId(), new Run(input.jobId(), r, start, 0));
      if (input.policy() != null) {
        POLICIES.put(input.jobId(), input.policy());
      }
    }
    String prompt = r.prompt() == null ? "" : r.prompt();
    if (prompt.contains("[hold]")) {
      // A minute at a time: with no timer pending, the time-skipping test server would jump
      // straight to the parent's run timeout while the parent's cancel request is in flight.
      while (!CancellationScope.current().isCancelRequested()) {
        Workflow.await(Duration.ofMinutes(1), () -> CancellationScope.current().isCancelRequested());
      }
      throw new CanceledFailure("cancelled while holding");
    }
    Workflow.sleep(Duration.ofMillis(millisPerClipSecond * r.durationSeconds()));
    boolean firstTake = !input.jobId().contains("/take-");
    if (!Workflow.isReplaying()) {
      RUNS.computeIfPresent(input.jobId(), (k, v) -> new Run(k, r, v.startedAt(), Workflow.currentTimeMillis()));
    }
    if (prompt.contains("[fail-always]") || prompt.contains("[fail-once]") && firstTake) {
      throw ApplicationFailure.newNonRetryableFailure("provider acct failed task t-" + input.jobId(),
          Failures.PROVIDER_TASK_FAILED, "generation_failed", "the model failed");
    }
    int marker = prompt.indexOf("[outcome:");
    if (marker >= 0 && firstTake) {
      // Take 1 fails as the clip job would with this provider outcome.
      ProviderOutcome outcome = ProviderOutcome.valueOf(prompt.substring(marker + 9, prompt.indexOf(']', marker)));
      throw ApplicationFailure.newNonRetryableFailure("provider acct: " + outcome, outcome.type(), "code", "message");
    }
    if (prompt.contains("[undelivered]")) {
      throw ApplicationFailure.newNonRetryableFailure("task t-" + input.jobId() + " succeeded but its video could not"
          + " be fetched", Failures.UNDELIVERED, "t-" + input.jobId(), 80.0, USD_PER_TAKE);
    }
    if (prompt.contains("[over-budget]")) {
      throw ApplicationFailure.newNonRetryableFailure("tenant budget exhausted", Failures.BUDGET_EXCEEDED);
    }
    if (prompt.contains("[reject]")) {
      throw ApplicationFailure.newNonRetryableFailure("provider refused the request", Failures.PROVIDER_REJECTED,
          "invalid_request", 400);
    }
    VideoFile video = new VideoFile("/data/videos/" + input.jobId() + "/clip.mp4", 1000, "sha-" + input.jobId(),
        r.durationSeconds(), 1280, 720);
    String lastFrame = FRAMES_PROVIDER.equals(r.provider()) ? "https://provider.example/" + input.jobId() + "/last.png"
        : null;
    return new GenerationResult(input.jobId(), video, r.provider(), "t-" + input.jobId(), 1, 1, 0, 0.5, lastFrame,
        input.policy() == null ? null : USD_PER_TAKE);
  }

  @Override
  public void providerCallback(ProviderCallback callback) {}

  @Override
  public void slotGranted(String account) {}

  @Override
  public io.seedancerunner.workflows.budget.ReserveOutcome admission() {
    return new io.seedancerunner.workflows.budget.ReserveOutcome(true, null, 0, "", 0, "fake");
  }

  @Override
  public JobStatus status() {
    return null;
  }

  @Override
  public JobStatus adoptTask(String providerTaskId) {
    return null;
  }

  @Override
  public void validateAdoptTask(String providerTaskId) {}

  @Override
  public JobStatus resubmit() {
    return null;
  }

  @Override
  public void validateResubmit() {}
}
