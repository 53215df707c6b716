package io.seedancerunner.worker;

import io.seedancerunner.worker.cli.CancelCommand;
import io.seedancerunner.worker.cli.CliErrors;
import io.seedancerunner.worker.cli.DownloadCommand;
import io.seedancerunner.worker.cli.GenerateCommand;
import io.seedancerunner.worker.cli.KeysCommand;
import io.seedancerunner.worker.cli.ReshootCommand;
import io.seedancerunner.worker.cli.RunCommand;
import io.seedancerunner.worker.cli.ServeCommand;
import io.seedancerunner.worker.cli.StatusCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code seedance} command (CLI parsing by picocli):
 *
 * <ul>
 *   <li>{@code run} runs a storyboard until its film is ready (on the embedded default, or on a
 *       running runner with {@code --api-url}), with live progress per shot under {@code --watch};</li>
 *   <li>{@code generate} runs one clip end to end on the embedded default and prints where the
 *       MP4 is;</li>
 *   <li>{@code serve} runs the api, the worker and (by default) the simulator in one process;</li>
 *   <li>{@code status}, {@code reshoot}, {@code cancel}, {@code download} talk to a running runner
 *       over its HTTP API, for storyboards and (except reshoot) clip jobs alike;</li>
 *   <li>{@code keys create} prints a new API key and the config lines that register it.</li>
 * </ul>
 *
 * <p>Exit codes: {@link io.seedancerunner.worker.cli.ExitCodes}.
 */
@Command(name = "seedance", mixinStandardHelpOptions = true, version = "seedance-runner 0.1.0",
    description = "Durable Temporal workflows for Seedance 2.0 video generations.",
    subcommands = {RunCommand.class, GenerateCommand.class, ServeCommand.class, StatusCommand.class,
        ReshootCommand.class, CancelCommand.class, DownloadCommand.class, KeysCommand.class})
public final class Main implements Runnable {

  /**
   * @param args command line; see {@code seedance --help}
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** @return the command line with every subcommand and the CLI's error handling */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setExecutionExceptionHandler(new CliErrors());
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
