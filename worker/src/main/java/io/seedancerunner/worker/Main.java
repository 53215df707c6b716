package io.seedancerunner.worker;

import io.seedancerunner.worker.cli.GenerateCommand;
import io.seedancerunner.worker.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code seedance} command: {@code serve} runs the api, the worker and (by default) the
 * simulator in one process; {@code generate} runs one clip end to end on the embedded default
 * and prints where the MP4 is. CLI parsing by picocli.
 */
@Command(name = "seedance", mixinStandardHelpOptions = true, version = "seedance-runner 0.1.0",
    description = "Durable Temporal workflows for Seedance 2.0 video generations.",
    subcommands = {ServeCommand.class, GenerateCommand.class})
public final class Main implements Runnable {

  /**
   * @param args command line; see {@code seedance --help}
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
