package io.seedancerunner.activities.storyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.model.VideoFile;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.seedancerunner.workflows.storyboard.Continuity;
import io.seedancerunner.workflows.storyboard.FailurePolicy;
import io.seedancerunner.workflows.storyboard.Film;
import io.seedancerunner.workflows.storyboard.LastFrameRequest;
import io.seedancerunner.workflows.storyboard.PriorTake;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotDefaults;
import io.seedancerunner.workflows.storyboard.ShotStatus;
import io.seedancerunner.workflows.storyboard.StitchRequest;
import io.seedancerunner.workflows.storyboard.Storyboard;
import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.seedancerunner.workflows.storyboard.StoryboardInput;
import io.seedancerunner.workflows.storyboard.StoryboardResult;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflow;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflowImpl;
import io.seedancerunner.workflows.storyboard.TakeLookup;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A second run under the same storyboard id adopts the shots the first run finished (real
 * {@link PriorTakes} against Temporal's test server), and takes again only what failed or changed.
 */
class PriorTakesTest {

  /** Job ids whose child really ran. */
  static final Set<String> RAN = ConcurrentHashMap.newKeySet();
  /** Prompts that fail their take. */
  static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final WorkflowClient client = env.getWorkflowClient();

  @AfterEach
  void close() {
    env.close();
    RAN.clear();
    FAILING.clear();
  }

  /** A child that "generates" for 30 s, or fails after 90 s when its prompt is in {@link #FAILING}. */
  public static class Child implements GenerationWorkflow {
    @Override
    public GenerationResult run(GenerationInput input) {
      if (!Workflow.isReplaying()) {
        RAN.add(input.jobId());
      }
      boolean fails = FAILING.contains(input.request().prompt());
      Workflow.sleep(Duration.ofSeconds(fails ? 90 : 30));
      if (fails) {
        throw ApplicationFailure.newNonRetryableFailure("refused", "ProviderRejected", "invalid_request", 400);
      }
      return new GenerationResult(input.jobId(), new VideoFile("/v/" + input.jobId() + "/clip.mp4", 1, "s", 4, 1, 1),
          input.request().provider(), "t", 1, 1, 0, 1.0, null);
    }

    @Override public void providerCallback(ProviderCallback callback) {}
    @Override public void slotGranted(String account) {}
    @Override public JobStatus status() { return null; }
    @Override public JobStatus adoptTask(String providerTaskId) { return null; }
    @Override public void validateAdoptTask(String providerTaskId) {}
    @Override public JobStatus resubmit() { return null; }
    @Override public void validateResubmit() {}
    @Override public io.seedancerunner.workflows.budget.ReserveOutcome admission() { return null; }
  }

  /** Real prior takes; frames and films faked. */
  class Media implements StoryboardActivities {
    private final PriorTakes prior = new PriorTakes(client);

    @Override
    public String lastFrame(LastFrameRequest request) {
      return "https://runner.example/v1/frames/" + request.clipPath().hashCode() + ".jpg";
    }

    @Override
    public Film stitch(StitchRequest request) {
      return new Film("/f/" + request.storyboardId() + "/film.mp4", "/f/c.jpg", 1, 4, request.clipPaths().size(), false);
    }

    @Override
    public List<PriorTake> priorTakes(String storyboardId, List<TakeLookup> shots) {
      return prior.find(storyboardId, shots);
    }
  }

  private StoryboardResult run(List<Shot> shots) {
    Storyboard sb = new Storyboard("t", new ShotDefaults("acct", "seedance-2.0", "720p", "16:9", false, false, 4),
        FailurePolicy.FAIL_FILM, 4, 1, shots);
    StoryboardWorkflow wf = client.newWorkflowStub(StoryboardWorkflow.class, WorkflowOptions.newBuilder()
        .setWorkflowId("sb").setTaskQueue(TaskQueues.WORKFLOWS)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE).build());
    WorkflowClient.start(wf::run, new StoryboardInput("sb", sb, WaitPolicy.defaults(), 0));
    return WorkflowStub.fromTyped(wf).getResult(StoryboardResult.class);
  }

  @Test
  void aSecondRunAdoptsFinishedShotsAndTakesAgainOnlyWhatFailedOrChanged() {
    SearchAttributes.ALL.forEach(env::registerSearchAttribute);
    Worker w = env.newWorker(TaskQueues.WORKFLOWS);
    w.registerWorkflowImplementationTypes(StoryboardWorkflowImpl.class, Child.class);
    env.newWorker(StoryboardActivities.TASK_QUEUE).registerActivitiesImplementations(new Media());
    env.start();
    List<Shot> first = List.of(Shot.of("one", null, Continuity.CUT), Shot.of("two", null, Continuity.CONTINUE),
        Shot.of("three", null, Continuity.CUT), Shot.of("four", null, Continuity.CONTINUE));
    FAILING.add("three");

    WorkflowFailedException failed = assertThrows(WorkflowFailedException.class, () -> run(first));
    assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals(Set.of("sb/shot-1", "sb/shot-2", "sb/shot-3"), RAN, "shot 4 waited for shot 3, which failed");

    // The same storyboard again, with shot 3 fixed and shot 2 rewritten.
    FAILING.clear();
    RAN.clear();
    List<Shot> second = List.of(first.get(0), Shot.of("two, rewritten", null, Continuity.CONTINUE),
        Shot.of("three", null, Continuity.CUT), first.get(3));
    StoryboardResult result = run(second);

    assertEquals(Set.of("sb/shot-2/take-2", "sb/shot-3/take-2", "sb/shot-4"), RAN, "shot 1 was adopted");
    List<ShotStatus> shots = result.shots();
    assertEquals(0, shots.get(0).childRuns());
    assertEquals("sb/shot-1", shots.get(0).jobId());
    assertEquals(List.of(0, 1, 1, 1), shots.stream().map(ShotStatus::childRuns).toList());
    assertTrue(shots.stream().allMatch(s -> s.video() != null));
  }

  @Test
  void aContinueShotIsAdoptedOnlyWithTheShotItContinuesFrom() {
    SearchAttributes.ALL.forEach(env::registerSearchAttribute);
    Worker w = env.newWorker(TaskQueues.WORKFLOWS);
    w.registerWorkflowImplementationTypes(StoryboardWorkflowImpl.class, Child.class);
    env.newWorker(StoryboardActivities.TASK_QUEUE).registerActivitiesImplementations(new Media());
    env.start();
    List<Shot> shots = List.of(Shot.of("one", null, Continuity.CUT), Shot.of("two", null, Continuity.CONTINUE));
    run(shots);
    RAN.clear();

    // Shot 1 changes: shot 2's frame came from the old shot 1, so shot 2 is taken again too.
    StoryboardResult again = run(List.of(Shot.of("one, brighter", null, Continuity.CUT), shots.get(1)));

    assertEquals(Set.of("sb/shot-1/take-2", "sb/shot-2/take-2"), RAN);
    assertEquals(List.of(1, 1), again.shots().stream().map(ShotStatus::childRuns).toList());
  }
}
