package io.seedancerunner.worker.cli;

import io.seedancerunner.worker.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code seedance} command in process, as {@code Main} does, capturing its output. */
final class Cli {

  /**
   * What a run left.
   *
   * @param exit the exit code
   * @param out  standard output
   * @param err  standard error
   */
  record Run(int exit, String out, String err) {}

  private Cli() {}

  /** @return the outcome of {@code seedance args...} */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
