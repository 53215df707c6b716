package io.seedancerunner.worker.cli;

import io.seedancerunner.worker.cli.remote.RunnerApi;
import io.seedancerunner.worker.cli.watch.StoryboardBoard;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The options of the commands that follow a storyboard until its film is ready ({@code run},
 * {@code reshoot}), as a picocli mixin: {@code --plain}, {@code --timeout} and the hidden
 * {@code --poll}.
 */
public class FollowOptions {

  @Option(names = "--plain", description = "Print one line per change even on a terminal (no redraw).")
  boolean plain;

  @Option(names = "--timeout", defaultValue = "PT2H",
      description = "Give up waiting after this ISO-8601 duration (default ${DEFAULT-VALUE}); the storyboard goes on.")
  Duration timeout;

  @Option(names = "--poll", defaultValue = "PT0.5S", hidden = true, description = "Time between status reads.")
  Duration poll;

  /**
   * Follows the storyboard until film version {@code filmVersion} is ready or it ends.
   *
   * @param runner       the runner's API
   * @param out          where progress goes
   * @param watch        whether to show every shot's line (else only the outcome)
   * @param storyboardId the storyboard id
   * @param filmVersion  the film version to wait for (1 for a new storyboard)
   * @return the exit code ({@link ExitCodes})
   * @throws InterruptedException when interrupted while waiting
   */
  int follow(RunnerApi runner, PrintWriter out, boolean watch, String storyboardId, int filmVersion)
      throws InterruptedException {
    boolean live = !plain && StoryboardBoard.terminal();
    return new StoryboardFollower(runner, out, watch, live, poll).follow(storyboardId, timeout, filmVersion);
  }
}
