package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.generation.SearchAttributes;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A time-skipping test environment running {@link StoryboardWorkflowImpl} with
 * {@link FakeShotWorkflow} children and {@link FakeMedia} activities. The workers have no sticky
 * cache, so every workflow task replays the whole history first: each step of every test also
 * checks that a replay (a worker that lost its memory) takes the same decisions.
 */
final class StoryboardHarness implements AutoCloseable {

  static final String PROVIDER = "acct";

  final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  final WorkflowClient client = env.getWorkflowClient();
  final FakeMedia media = new FakeMedia();
  WorkerFactory workers;

  StoryboardHarness() {
    SearchAttributes.ALL.forEach(env::registerSearchAttribute);
    FakeShotWorkflow.RUNS.clear();
    FakeShotWorkflow.POLICIES.clear();
    FakeShotWorkflow.millisPerClipSecond = 10_000;
    env.start();
    workers = startWorkers();
  }

  /** Starts a worker process: the workflows and the media activities. */
  WorkerFactory startWorkers() {
    // Cache size 0: every workflow task starts from a replay of the history.
    WorkerFactory f = WorkerFactory.newInstance(client,
        WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(0).build());
    f.newWorker(TaskQueues.WORKFLOWS)
        .registerWorkflowImplementationTypes(StoryboardWorkflowImpl.class, FakeShotWorkflow.class);
    f.newWorker(StoryboardActivities.TASK_QUEUE).registerActivitiesImplementations(media);
    f.start();
    return f;
  }

  static Storyboard storyboard(FailurePolicy policy, int parallel, int attempts, List<Shot> shots) {
    return new Storyboard("Test film", new ShotDefaults(PROVIDER, "seedance-2.0", "720p", "16:9", false, false, 4),
        policy, parallel, attempts, shots);
  }

  /** @return shots from a pattern such as {@code "CccCc"}: C a cut, c a continue shot */
  static List<Shot> pattern(String pattern) {
    List<Shot> shots = new ArrayList<>();
    for (int i = 0; i < pattern.length(); i++) {
      shots.add(Shot.of("shot " + (i + 1), null, pattern.charAt(i) == 'C' ? Continuity.CUT : Continuity.CONTINUE));
    }
    return shots;
  }

  StoryboardWorkflow start(String id, Storyboard storyboard, long reshootWindowSeconds) {
    return start(id, storyboard, reshootWindowSeconds, null);
  }

  StoryboardWorkflow start(String id, Storyboard storyboard, long reshootWindowSeconds, String tenant) {
    StoryboardWorkflow wf = client.newWorkflowStub(StoryboardWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(id).setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(wf::run,
        new StoryboardInput(id, storyboard, WaitPolicy.defaults(), reshootWindowSeconds, tenant));
    return wf;
  }

  static StoryboardResult result(StoryboardWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(StoryboardResult.class);
  }

  /** Queries until the status matches, advancing test time a little between tries. */
  StoryboardStatus await(StoryboardWorkflow wf, Predicate<StoryboardStatus> done) {
    for (int i = 0; i < 2000; i++) {
      StoryboardStatus s = wf.status();
      if (done.test(s)) {
        return s;
      }
      env.sleep(java.time.Duration.ofSeconds(1));
    }
    throw new AssertionError("status never matched; last " + wf.status());
  }

  /** @return child workflow id → how many times the parent's history started it */
  Map<String, Integer> childStarts(String workflowId) {
    Map<String, Integer> starts = new TreeMap<>();
    for (HistoryEvent e : client.fetchHistory(workflowId).getEvents()) {
      if (e.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
        starts.merge(e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId(), 1, Integer::sum);
      }
    }
    return starts;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    env.close();
  }
}
