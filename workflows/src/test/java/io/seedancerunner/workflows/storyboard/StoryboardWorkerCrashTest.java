package io.seedancerunner.workflows.storyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TemporalDevServer;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The worker running a storyboard dies mid-film (its threads stop at once, its memory is lost)
 * and a new worker takes over from history: every shot is generated exactly once. Runs against a
 * real Temporal dev server ({@link DevServer}), in real time: shots "generate" for 0.3 s per
 * second of clip.
 */
class StoryboardWorkerCrashTest {

  private TemporalDevServer server;
  private WorkflowServiceStubs service;
  private final FakeMedia media = new FakeMedia();
  private final List<WorkerFactory> factories = new ArrayList<>();

  @AfterEach
  void stop() {
    factories.forEach(WorkerFactory::shutdownNow);
    if (service != null) {
      service.shutdownNow();
    }
    if (server != null) {
      server.close();
    }
    FakeShotWorkflow.millisPerClipSecond = 10_000;
  }

  private WorkerFactory startWorker(WorkflowClient client) {
    WorkerFactory f = WorkerFactory.newInstance(client);
    f.newWorker(TaskQueues.WORKFLOWS)
        .registerWorkflowImplementationTypes(StoryboardWorkflowImpl.class, FakeShotWorkflow.class);
    f.newWorker(StoryboardActivities.TASK_QUEUE).registerActivitiesImplementations(media);
    f.start();
    factories.add(f);
    return f;
  }

  @Test
  void aWorkerCrashMidFilmResumesWithoutRegeneratingFinishedShots() throws Exception {
    server = DevServer.start();
    service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
        .setTarget(server.getTarget()).build());
    WorkflowClient client = WorkflowClient.newInstance(service,
        WorkflowClientOptions.newBuilder().setNamespace(server.getNamespace()).build());
    FakeShotWorkflow.RUNS.clear();
    FakeShotWorkflow.millisPerClipSecond = 300;
    WorkerFactory first = startWorker(client);

    // 1 C (4 s), 2 C (5 s), 3 c (6 s), 4 C (7 s), 5 C (8 s), 6 c (9 s); three at a time.
    List<Shot> shots = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      shots.add(Shot.of("shot " + n, 3 + n, n == 3 || n == 6 ? Continuity.CONTINUE : Continuity.CUT));
    }
    StoryboardWorkflow wf = client.newWorkflowStub(StoryboardWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId("sb-crash").setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(wf::run, new StoryboardInput("sb-crash",
        StoryboardHarness.storyboard(FailurePolicy.FAIL_FILM, 3, 2, shots), WaitPolicy.defaults(), 0));
    StoryboardStatus mid = awaitStatus(wf, s -> count(s, ShotPhase.SUCCEEDED) >= 2
        && s.shots().stream().anyMatch(x -> x.phase() == ShotPhase.GENERATING));

    first.shutdownNow();
    first.awaitTermination(10, TimeUnit.SECONDS);
    startWorker(client);
    StoryboardResult result = WorkflowStub.fromTyped(wf).getResult(60, TimeUnit.SECONDS, StoryboardResult.class);

    assertTrue(count(mid, ShotPhase.SUCCEEDED) >= 2, "shots had finished before the crash: " + mid.shots());
    assertTrue(result.shots().stream().allMatch(s -> s.phase() == ShotPhase.SUCCEEDED));
    assertTrue(result.shots().stream().allMatch(s -> s.childRuns() == 1), "no shot was generated twice");
    Map<String, Integer> starts = childStarts(client, "sb-crash");
    assertEquals(6, starts.size(), starts.toString());
    assertTrue(starts.values().stream().allMatch(c -> c == 1), starts.toString());
    assertEquals(6, FakeShotWorkflow.RUNS.size(), "six children ran, each once: " + FakeShotWorkflow.RUNS.keySet());
    assertEquals(1, media.stitches.size());
    assertEquals(6, media.stitches.get(0).clipPaths().size());
  }

  private static long count(StoryboardStatus s, ShotPhase phase) {
    return s.shots().stream().filter(x -> x.phase() == phase).count();
  }

  private static StoryboardStatus awaitStatus(StoryboardWorkflow wf, java.util.function.Predicate<StoryboardStatus> p)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      StoryboardStatus s = wf.status();
      if (p.test(s)) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("status never matched: " + wf.status());
  }

  private static Map<String, Integer> childStarts(WorkflowClient client, String id) {
    Map<String, Integer> starts = new TreeMap<>();
    for (HistoryEvent e : client.fetchHistory(id).getEvents()) {
      if (e.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
        starts.merge(e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId(), 1, Integer::sum);
      }
    }
    return starts;
  }
}
