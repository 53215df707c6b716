package io.seedancerunner.worker.cli;

/**
 * The {@code seedance} command's exit codes, the same for every subcommand.
 *
 * <ul>
 *   <li>{@value #OK}: done (the film or clip exists, the command did what it said);</li>
 *   <li>{@value #FAILED}: the storyboard or clip failed, was cancelled or timed out, or the
 *       command gave up waiting;</li>
 *   <li>{@value #REFUSED}: the API refused the request (a bad storyboard, an unknown id, a
 *       reshoot or cancel that does not apply now), or the command line was wrong (picocli's
 *       usage error code);</li>
 *   <li>{@value #UNREACHABLE}: no runner answered at the API URL.</li>
 * </ul>
 */
public final class ExitCodes {

  /** Done. */
  public static final int OK = 0;
  /** The job failed, was cancelled or timed out. */
  public static final int FAILED = 1;
  /** The API (or the command line parser) refused the request. */
  public static final int REFUSED = 2;
  /** No runner answered. */
  public static final int UNREACHABLE = 3;

  private ExitCodes() {}
}
