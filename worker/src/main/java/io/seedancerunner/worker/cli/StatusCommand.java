package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.worker.cli.remote.JobRef;
import io.seedancerunner.worker.cli.watch.StoryboardBoard;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seedance status <id>}: the state of a storyboard (one line per shot: progress, phase,
 * cost, file) or of one clip job, from a running runner's {@code GET /v1/storyboards/{id}} or
 * {@code GET /v1/generations/{id}}. Exit code 0 when the id is known, whatever the job's state;
 * see {@link ExitCodes} for the others.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show a storyboard's shots, or a clip job's state, from a running runner.")
public class StatusCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "ID", description = "Storyboard id, or a clip job id (a shot: <storyboardId>/shot-<n>).")
  String id;

  @Option(names = "--json", description = "Print the API's JSON answer as it is.")
  boolean json;

  @Mixin
  ApiUrl api;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    JobRef job = JobRef.find(api.client(), id);
    if (json) {
      out.println(job.status().toPrettyString());
    } else if (job.kind() == JobRef.Kind.STORYBOARD) {
      new StoryboardBoard(out, false, System::nanoTime).show(job.status());
      Outcome.print(out, job.status());
    } else {
      out.println("Clip job " + id + " · " + job.status().path("workflowState").asText());
      out.println(ProgressLine.of(job.status()));
      Outcome.printClip(out, job.status());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** @return true when the status JSON of either kind says the job will not change any more */
  static boolean over(JsonNode status) {
    return !status.path("workflowState").asText("RUNNING").equals("RUNNING");
  }
}
