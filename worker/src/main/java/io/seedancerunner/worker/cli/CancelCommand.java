package io.seedancerunner.worker.cli;

import io.seedancerunner.worker.cli.remote.ApiAnswer;
import io.seedancerunner.worker.cli.remote.ApiRefused;
import io.seedancerunner.worker.cli.remote.JobRef;
import io.seedancerunner.worker.cli.remote.RunnerApi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seedance cancel <id>}: requests Temporal cancellation of a storyboard
 * ({@code POST /v1/storyboards/{id}/cancel}, which cancels its running shots) or of one clip job
 * ({@code POST /v1/generations/{id}/cancel}). Exit code 0 once requested; 2 when the id is
 * unknown or the job already finished.
 */
@Command(name = "cancel", mixinStandardHelpOptions = true,
    description = "Cancel a running storyboard or clip job on a running runner.")
public class CancelCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "ID", description = "Storyboard id or clip job id.")
  String id;

  @Mixin
  ApiUrl api;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunnerApi runner = api.client();
    JobRef job = JobRef.find(runner, id);
    ApiAnswer answer = runner.post(job.path() + "/cancel", "application/json", "");
    if (!answer.ok()) {
      throw new ApiRefused(answer);
    }
    String what = job.kind() == JobRef.Kind.STORYBOARD ? "storyboard" : "clip job";
    out.println("Cancel requested for " + what + " " + id + "; follow it with `seedance status " + id + "`");
    out.flush();
    return ExitCodes.OK;
  }
}
