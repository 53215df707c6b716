package io.seedancerunner.worker.cli;

import io.seedancerunner.worker.cli.remote.ApiRefused;
import io.seedancerunner.worker.cli.remote.RunnerApi;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the API's refusals and an unreachable runner into one readable line on stderr and an
 * {@link ExitCodes} value, instead of a stack trace. Other exceptions keep picocli's default
 * (stack trace, exit code 1): they are bugs.
 */
public final class CliErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) throws Exception {
    if (e instanceof ApiRefused refused) {
      cmd.getErr().println("Refused (HTTP " + refused.status() + "): " + refused.getMessage());
      return ExitCodes.REFUSED;
    }
    if (e instanceof RunnerApi.ApiUnreachable unreachable) {
      cmd.getErr().println(unreachable.getMessage());
      return ExitCodes.UNREACHABLE;
    }
    throw e;
  }
}
