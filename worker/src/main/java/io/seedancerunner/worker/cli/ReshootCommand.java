package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.worker.cli.remote.ApiAnswer;
import io.seedancerunner.worker.cli.remote.ApiRefused;
import io.seedancerunner.worker.cli.remote.JobRef;
import io.seedancerunner.worker.cli.remote.RunnerApi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seedance reshoot <id> <shot> [--prompt ..] [--duration ..] [--seed ..] [--watch]}: takes
 * one shot of a storyboard again, with the changes given ({@code POST
 * /v1/storyboards/{id}/shots/{shot}/reshoot}); the {@code continue} shots after it are taken again
 * too, every other shot is kept, and the film is stitched again. With {@code --watch} it follows
 * the storyboard until the new film is ready. Exit code 0 once scheduled (or with the new film); 2
 * when the API refused the reshoot (an unknown shot, a shot still generating, a closed storyboard).
 */
@Command(name = "reshoot", mixinStandardHelpOptions = true,
    description = "Take one shot of a storyboard again (and the continue shots after it); re-stitch the film.")
public class ReshootCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "ID", description = "Storyboard id.")
  String id;

  @Parameters(index = "1", paramLabel = "SHOT", description = "Shot number, from 1.")
  int shot;

  @Option(names = "--prompt", paramLabel = "TEXT", description = "New prompt (default: keep).")
  String prompt;

  @Option(names = "--duration", paramLabel = "SECONDS", description = "New duration in seconds (default: keep).")
  Integer duration;

  @Option(names = "--seed", paramLabel = "N", description = "New provider seed (default: keep).")
  Long seed;

  @Option(names = "--watch", description = "Follow the storyboard until the new film is ready.")
  boolean watch;

  @Mixin
  FollowOptions follow;

  @Mixin
  ApiUrl api;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    RunnerApi runner = api.client();
    String path = JobRef.Kind.STORYBOARD.path(id);
    ApiAnswer before = runner.get(path);
    if (!before.ok()) {
      throw new ApiRefused(before);
    }
    int filmVersion = before.json().path("filmVersion").asInt(0);
    int takeBefore = 0;
    for (JsonNode s : before.json().path("shots")) {
      if (s.path("shot").asInt() == shot) {
        takeBefore = s.path("take").asInt();
      }
    }
    ObjectNode changes = JSON.createObjectNode();
    if (prompt != null) {
      changes.put("prompt", prompt);
    }
    if (duration != null) {
      changes.put("durationSeconds", duration);
    }
    if (seed != null) {
      changes.put("seed", seed);
    }
    ApiAnswer a = runner.post(path + "/shots/" + shot + "/reshoot", "application/json", changes.toString());
    if (!a.ok()) {
      throw new ApiRefused(a);
    }
    JsonNode s = a.json().path("shot");
    int take = Math.max(s.path("take").asInt(), takeBefore + 1);
    out.println("Shot " + shot + " of storyboard " + id + ": take " + take + " scheduled ("
        + (changes.isEmpty() ? "same request" : "changed: " + String.join(", ", fieldNames(changes)))
        + "); the continue shots after it follow, every other shot is kept.");
    out.flush();
    if (!watch) {
      out.println("Follow it with `seedance status " + id + "`.");
      out.flush();
      return ExitCodes.OK;
    }
    return follow.follow(runner, out, true, id, filmVersion + 1);
  }

  private static java.util.List<String> fieldNames(ObjectNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
