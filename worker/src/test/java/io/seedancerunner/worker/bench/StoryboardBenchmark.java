package io.seedancerunner.worker.bench;

import io.micronaut.context.ApplicationContext;
import io.seedancerunner.worker.cli.RunnerContext;
import io.seedancerunner.worker.temporal.TemporalTarget;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.seedancerunner.workflows.storyboard.Continuity;
import io.seedancerunner.workflows.storyboard.FailurePolicy;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotDefaults;
import io.seedancerunner.workflows.storyboard.ShotStatus;
import io.seedancerunner.workflows.storyboard.Storyboard;
import io.seedancerunner.workflows.storyboard.StoryboardInput;
import io.seedancerunner.workflows.storyboard.StoryboardResult;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5's storyboard benchmark; it prints figures and asserts nothing. Through the whole runner
 * on the embedded default (simulator {@code open-api} account, webhooks on, in-process Temporal):
 *
 * <ol>
 *   <li>an all-cut storyboard of N shots (default 30), all allowed at once: its wall time (start to
 *       film on disk) against the slowest single shot (its child workflow's start to close) — the
 *       parallel efficiency is slowest shot / wall time;</li>
 *   <li>a continue chain of M shots (default 10): the overhead of each link, from the end of shot n
 *       to the start of shot n+1 (the last frame taken with FFmpeg, the child started).</li>
 * </ol>
 *
 * <p>Run: {@code scripts/benchmark.sh StoryboardBenchmark [cutShots=30] [chainShots=10]
 * [generationSeconds=5]}.
 */
public final class StoryboardBenchmark {

  private StoryboardBenchmark() {}

  /** @param args cut shots, chain shots, simulator generation seconds */
  public static void main(String[] args) throws Exception {
    int cuts = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int chain = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    double generation = args.length > 2 ? Double.parseDouble(args[2]) : 5;
    Path data = Files.createTempDirectory("seedance-bench-storyboard");
    int port = TemporalTarget.freePort();
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", port);
    props.put("seedance.temporal.mode", "in-process");
    props.put("seedance.data-dir", data.toString());
    props.put("seedance.public-base-url", "http://localhost:" + port);
    props.put("seedance.webhook-token-secret", "storyboard-benchmark-secret-0123456789");
    props.put("seedance.console.level", "WARN");
    props.put("simulator.generation-seconds", generation);
    props.put("simulator.video-dir", data.resolve("sim-videos").toString());
    try (ApplicationContext ctx = RunnerContext.start(props)) {
      WorkflowClient client = ctx.getBean(WorkflowClient.class);
      warmUp(client);
      allCuts(client, cuts, generation);
      continueChain(client, chain, generation);
    }
    System.exit(0);
  }

  private static Storyboard storyboard(int shots, Continuity after, int parallel) {
    List<Shot> list = new ArrayList<>();
    for (int i = 1; i <= shots; i++) {
      list.add(Shot.of("benchmark shot " + i + " of a harbour at dawn", 4, i == 1 ? Continuity.CUT : after));
    }
    return new Storyboard("benchmark", new ShotDefaults("sim-open-api", "seedance-2.0", "480p", "16:9", false, false,
        4), FailurePolicy.FAIL_FILM, parallel, 1, list);
  }

  private static StoryboardResult run(WorkflowClient client, String id, Storyboard sb) throws Exception {
    StoryboardWorkflow wf = client.newWorkflowStub(StoryboardWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(id).setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(wf::run, new StoryboardInput(id, sb, WaitPolicy.defaults(), 0));
    return WorkflowStub.fromTyped(wf).getResult(30, TimeUnit.MINUTES, StoryboardResult.class);
  }

  /** One small storyboard first, so class loading and the simulator's MP4 cache are warm. */
  private static void warmUp(WorkflowClient client) throws Exception {
    run(client, "bench-warm-up", storyboard(2, Continuity.CONTINUE, 2));
  }

  private static void allCuts(WorkflowClient client, int shots, double generation) throws Exception {
    long start = System.nanoTime();
    StoryboardResult result = run(client, "bench-cuts", storyboard(shots, Continuity.CUT, shots));
    double wall = (System.nanoTime() - start) / 1e9;
    double slowest = 0;
    double sum = 0;
    Instant firstStart = null;
    Instant lastClose = null;
    for (ShotStatus s : result.shots()) {
      WorkflowExecutionDescription d = client.newUntypedWorkflowStub(s.jobId()).describe();
      double t = Duration.between(d.getStartTime(), d.getCloseTime()).toMillis() / 1000.0;
      slowest = Math.max(slowest, t);
      sum += t;
      firstStart = firstStart == null || d.getStartTime().isBefore(firstStart) ? d.getStartTime() : firstStart;
      lastClose = lastClose == null || d.getCloseTime().isAfter(lastClose) ? d.getCloseTime() : lastClose;
    }
    WorkflowExecutionDescription parent = client.newUntypedWorkflowStub("bench-cuts").describe();
    System.out.printf("%n== %d-shot all-cut storyboard (simulator generation %.1f s, 4 s clips, 480p) ==%n",
        shots, generation);
    System.out.printf("wall time, start to film on disk:    %.2f s%n", wall);
    System.out.printf("slowest single shot (child run):      %.2f s%n", slowest);
    System.out.printf("mean shot:                            %.2f s%n", sum / shots);
    System.out.printf("parallel efficiency (slowest / wall): %.0f %%%n", 100 * slowest / wall);
    System.out.printf("  storyboard start to first shot start: %.2f s (prior-takes lookup)%n",
        Duration.between(parent.getStartTime(), firstStart).toMillis() / 1000.0);
    System.out.printf("  first shot start to last shot end:    %.2f s (shots side by side)%n",
        Duration.between(firstStart, lastClose).toMillis() / 1000.0);
    System.out.printf("  last shot end to storyboard end:      %.2f s (film and contact sheet)%n",
        Duration.between(lastClose, parent.getCloseTime()).toMillis() / 1000.0);
    System.out.printf("sequential would take about:          %.2f s (speed-up %.1fx)%n", sum, sum / wall);
    System.out.printf("film: %.2f s, %s%n", result.film().durationSeconds(),
        result.film().reencoded() ? "re-encoded" : "stream copy");
  }

  private static void continueChain(WorkflowClient client, int shots, double generation) throws Exception {
    long start = System.nanoTime();
    StoryboardResult result = run(client, "bench-chain", storyboard(shots, Continuity.CONTINUE, shots));
    double wall = (System.nanoTime() - start) / 1e9;
    List<Double> links = new ArrayList<>();
    double inShots = 0;
    Instant previousEnd = null;
    for (ShotStatus s : result.shots()) {
      WorkflowExecutionDescription d = client.newUntypedWorkflowStub(s.jobId()).describe();
      inShots += Duration.between(d.getStartTime(), d.getCloseTime()).toMillis() / 1000.0;
      if (previousEnd != null) {
        links.add(Duration.between(previousEnd, d.getStartTime()).toMillis() / 1000.0);
      }
      previousEnd = d.getCloseTime();
    }
    double mean = links.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double max = links.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    System.out.printf("%n== %d-shot continue chain (simulator generation %.1f s) ==%n", shots, generation);
    System.out.printf("wall time, start to film on disk:     %.2f s%n", wall);
    System.out.printf("time inside the shots' children:      %.2f s%n", inShots);
    System.out.printf("overhead per link (shot end to next start, last frame by FFmpeg + child start): "
        + "mean %.3f s, max %.3f s over %d links%n", mean, max, links.size());
    System.out.printf("everything else (start, stitch):      %.2f s%n", wall - inShots - mean * links.size());
  }
}
