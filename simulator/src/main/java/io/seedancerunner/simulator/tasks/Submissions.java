package io.seedancerunner.simulator.tasks;

import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.SimulatorSettings;
import io.seedancerunner.simulator.admin.FaultKind;
import io.seedancerunner.simulator.admin.Faults;
import io.seedancerunner.simulator.admin.Stats;
import io.seedancerunner.simulator.billing.CreditAccounts;
import io.seedancerunner.simulator.media.PixelSizes;
import io.seedancerunner.simulator.media.VideoLibrary;
import io.seedancerunner.simulator.media.VideoSpec;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/**
 * Creates tasks for every dialect, after the dialect has validated the request: applies the
 * {@code submitErrors} fault (no task, 500), reserves the charge (no task, 402), plans a failure
 * for a prompt containing {@value #FAIL_MARKER} or when {@code failTasks} is armed, arms
 * {@code earlyWebhooks}, fixes the generation time and starts making the MP4 file at once so it
 * is ready when the task completes.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class Submissions {

  /** A prompt containing this marker makes its task fail with a moderation-style error. */
  public static final String FAIL_MARKER = "[sim:fail]";

  private final SecureRandom random = new SecureRandom();
  private final TaskStore store;
  private final SimClock clock;
  private final Faults faults;
  private final Stats stats;
  private final CreditAccounts credits;
  private final VideoLibrary videos;
  private final SimulatorSettings settings;

  /**
   * @param store    tasks
   * @param clock    simulator clock
   * @param faults   armed faults
   * @param stats    statistics
   * @param credits  credit accounts
   * @param videos   the MP4 maker
   * @param settings shared settings
   */
  public Submissions(TaskStore store, SimClock clock, Faults faults, Stats stats,
      CreditAccounts credits, VideoLibrary videos, SimulatorSettings settings) {
    this.store = store;
    this.clock = clock;
    this.faults = faults;
    this.stats = stats;
    this.credits = credits;
    this.videos = videos;
    this.settings = settings;
  }

  /**
   * @param dialect  the dialect submitting
   * @param idPrefix task id prefix, for example {@code req_}
   * @param spec     the validated request
   * @param charge   credits to reserve, in the dialect's credits
   * @param baseUrl  base of the result URL
   * @return the created task, or the reason no task was created
   * @throws IllegalArgumentException when the resolution and aspect ratio have no pixel size
   *         (the dialect's validation should have refused them)
   */
  public SubmitOutcome submit(Dialect dialect, String idPrefix, TaskSpec spec, long charge, String baseUrl) {
    // First, before anything is reserved: throws for a size the dialect should have refused.
    PixelSizes.Size size = PixelSizes.of(spec.resolution(), spec.aspectRatio());
    if (faults.consume(FaultKind.SUBMIT_ERRORS, dialect)) {
      return SubmitOutcome.rejected(SubmitOutcome.Rejection.INTERNAL_ERROR);
    }
    if (!credits.reserve(dialect, charge)) {
      return SubmitOutcome.rejected(SubmitOutcome.Rejection.INSUFFICIENT_CREDITS);
    }
    FailureKind failure = null;
    if (spec.prompt() != null && spec.prompt().contains(FAIL_MARKER)) {
      failure = FailureKind.MODERATION;
    } else if (faults.consume(FaultKind.FAIL_TASKS, dialect)) {
      failure = FailureKind.GENERATION;
    }
    boolean early = faults.consume(FaultKind.EARLY_WEBHOOKS, dialect);
    double seconds = faults.generationSeconds().orElse(settings.generationSeconds());
    Duration generation = Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    CompletableFuture<Path> video = null;
    if (failure == null) {
      video = videos.request(new VideoSpec(size.width(), size.height(), spec.durationSeconds(), spec.generateAudio()));
    }
    SimTask task = new SimTask(idPrefix + newId(), dialect, spec, clock.now(), generation, charge,
        failure, early, baseUrl, video);
    store.add(task);
    stats.increment(dialect, Stats.Counter.SUBMITS_ACCEPTED);
    return SubmitOutcome.created(task);
  }

  private String newId() {
    byte[] b = new byte[10];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
