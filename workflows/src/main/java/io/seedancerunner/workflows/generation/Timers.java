package io.seedancerunner.workflows.generation;

import io.temporal.workflow.Promise;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Durable timers that carry a summary for Temporal UI (issue 6: "a summary on every timer").
 * Workflow code.
 *
 * <p>They issue the same commands as {@code Workflow.sleep} and {@code Workflow.await(Duration, …)}
 * do in SDK 1.38 without the {@code CANCEL_AWAIT_TIMER_ON_CONDITION} flag (its source,
 * {@code SyncWorkflowContext.await}): one {@code StartTimer}, never cancelled when the condition
 * wins. So swapping them in changes no history and every recorded history still replays
 * ({@code ReplayTest}); the summary is user metadata on the command, which replay does not compare.
 */
public final class Timers {

  private Timers() {}

  /**
   * Sleeps durably.
   *
   * @param duration how long; zero or negative returns at once without a timer
   * @param summary  what the timer is for, shown in Temporal UI's timeline
   */
  public static void sleep(Duration duration, String summary) {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    Workflow.newTimer(duration, options(summary)).get();
  }

  /**
   * Waits until the condition holds or the duration passes.
   *
   * @param duration  the longest wait
   * @param summary   what the timer is for, shown in Temporal UI's timeline
   * @param condition evaluated by the SDK after every event; must be deterministic
   * @return {@code true} when the condition was met, {@code false} when the timer fired first
   */
  public static boolean await(Duration duration, String summary, Supplier<Boolean> condition) {
    Promise<Void> timer = Workflow.newTimer(duration, options(summary));
    Workflow.await(() -> timer.isCompleted() || condition.get());
    return !timer.isCompleted();
  }

  /** @return {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th} … {@code 11th}, {@code 21st} */
  public static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  private static TimerOptions options(String summary) {
    return TimerOptions.newBuilder().setSummary(summary).build();
  }
}
