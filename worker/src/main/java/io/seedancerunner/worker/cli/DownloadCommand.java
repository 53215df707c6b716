package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.worker.cli.remote.ApiAnswer;
import io.seedancerunner.worker.cli.remote.ApiRefused;
import io.seedancerunner.worker.cli.remote.JobRef;
import io.seedancerunner.worker.cli.remote.RunnerApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seedance download <id> [-o dir]}: fetches a finished storyboard's film
 * ({@code GET /v1/storyboards/{id}/film}) and contact sheet ({@code .../contact-sheet}), or a
 * finished clip ({@code GET /v1/generations/{id}/video}), from a running runner into a folder.
 * Files are named after the id ({@code /} becomes {@code _}): {@code <id>.mp4} and
 * {@code <id>-contact-sheet.<ext>}. Each is written to {@code .part} first and renamed once whole.
 * Exit code 0 with the paths; 2 while the job runs (409) or for an unknown id.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
    description = "Download a finished storyboard's film and contact sheet, or a clip's MP4.")
public class DownloadCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "ID", description = "Storyboard id or clip job id.")
  String id;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
      description = "Folder to write into, created when missing (default: the current folder).")
  Path dir;

  @Mixin
  ApiUrl api;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    RunnerApi runner = api.client();
    JobRef job = JobRef.find(runner, id);
    Files.createDirectories(dir);
    String base = id.replace('/', '_');
    if (job.kind() == JobRef.Kind.CLIP) {
      out.println("Clip: " + fetch(runner, job.path() + "/video", dir.resolve(base + ".mp4")));
    } else {
      out.println("Film: " + fetch(runner, job.path() + "/film", dir.resolve(base + ".mp4")));
      String ext = extension(job.status());
      out.println("Contact sheet: " + fetch(runner, job.path() + "/contact-sheet",
          dir.resolve(base + "-contact-sheet." + ext)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String fetch(RunnerApi runner, String path, Path target) throws IOException {
    ApiAnswer answer = runner.download(path, target);
    if (!answer.ok()) {
      throw new ApiRefused(answer);
    }
    return target.toAbsolutePath().normalize() + " (" + Files.size(target) + " bytes)";
  }

  /** @return the contact sheet's file extension as the status names its path, else {@code jpg} */
  private static String extension(JsonNode status) {
    String path = status.path("contactSheet").path("path").asText("");
    int dot = path.lastIndexOf('.');
    String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.matches("[a-z0-9]{1,5}") ? ext : "jpg";
  }
}
