package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.seedancerunner.worker.cli.remote.ApiAnswer;
import io.seedancerunner.worker.cli.remote.RunnerApi;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seedance run storyboard.yaml [--watch]}: submits a storyboard ({@code POST
 * /v1/storyboards}) and follows it until the film is ready. Without {@code --api-url} (or env
 * {@code SEEDANCE_API_URL}) it starts the one-process runtime first, as {@code generate} does, and
 * stops it at the end. Exit code 0 with the film and contact sheet paths; 1 when the storyboard
 * failed or was cancelled; 2 when the API refused the storyboard (each invalid field named); 3
 * when no runner answered ({@link ExitCodes}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a storyboard (YAML or JSON) until its film is ready; print the film and contact sheet.")
public class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "STORYBOARD", description = "Storyboard file: .yaml, .yml or .json.")
  Path file;

  @Option(names = "--watch", description = "Show live progress per shot: bar, phase, ETA, cost so far.")
  boolean watch;

  @Option(names = "--id", paramLabel = "ID",
      description = "Storyboard id (A-Z a-z 0-9 . _ -, at most 100). Default: the file name and 6 random hex digits. "
          + "Running a storyboard again under the id of a failed or edited one keeps its finished shots.")
  String id;

  @Option(names = "--tenant", paramLabel = "TENANT",
      description = "Tenant whose budget pays for the shots (default: the runner's default tenant).")
  String tenant;

  @Option(names = "--detach", description = "Submit and exit at once (needs --api-url or SEEDANCE_API_URL).")
  boolean detach;

  @Mixin
  FollowOptions follow;

  @Mixin
  ApiUrl api;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no storyboard file at " + file);
    }
    String text = Files.readString(file);
    String storyboardId = id != null ? id : defaultId(file);
    String remote = api.explicit();
    if (remote == null && detach) {
      throw new ParameterException(spec.commandLine(),
          "--detach needs a running runner: start `seedance serve` and pass --api-url (or set SEEDANCE_API_URL)");
    }
    if (remote != null) {
      return submitAndFollow(new RunnerApi(remote, api.key()), text, storyboardId);
    }
    System.setProperty("seedance.console.level", "WARN");
    try (ApplicationContext ctx = RunnerContext.start(Map.of())) {
      String base = "http://localhost:" + ctx.getBean(EmbeddedServer.class).getPort();
      out().println("Seedance Runner on " + base + " · " + ctx.getBean(TemporalTarget.class).description());
      return submitAndFollow(new RunnerApi(base, LocalOperatorKey.of(ctx)), text, storyboardId);
    }
  }

  private int submitAndFollow(RunnerApi runner, String text, String storyboardId) throws InterruptedException {
    PrintWriter out = out();
    ApiAnswer created = runner.post("/v1/storyboards?id=" + RunnerApi.segment(storyboardId)
        + (tenant == null ? "" : "&tenant=" + RunnerApi.segment(tenant)), contentType(file), text);
    if (!created.ok()) {
      spec.commandLine().getErr().println("Storyboard refused (HTTP " + created.status() + "): " + created.problem());
      return ExitCodes.REFUSED;
    }
    JsonNode c = created.json();
    out.println("Storyboard " + storyboardId + " " + (created.status() == 202 ? "started" : "is already "
        + c.path("status").asText()) + ": " + c.path("shots").asInt() + " shots from " + file);
    out.println("Status: " + c.path("links").path("self").asText());
    out.flush();
    if (detach) {
      out.println("Follow it with `seedance status " + storyboardId + "`; when the film is ready, `seedance download "
          + storyboardId + "`.");
      out.flush();
      return ExitCodes.OK;
    }
    return follow.follow(runner, out, watch, storyboardId, 1);
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** @return {@code application/yaml} or {@code application/json} by extension, else text (the api sniffs) */
  static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return "application/yaml";
    }
    return name.endsWith(".json") ? "application/json" : "text/plain";
  }

  /** @return the file's name without extension, as an id, plus 6 random hex digits */
  static String defaultId(Path file) {
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
    stem = stem.isEmpty() ? "storyboard" : stem.length() > 60 ? stem.substring(0, 60) : stem;
    byte[] random = new byte[3];
    new SecureRandom().nextBytes(random);
    return stem + "-" + HexFormat.of().formatHex(random);
  }
}
