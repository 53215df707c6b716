package io.seedancerunner.workflows.storyboard;

import static io.seedancerunner.workflows.storyboard.StoryboardHarness.pattern;
import static io.seedancerunner.workflows.storyboard.StoryboardHarness.storyboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Records the storyboard histories {@link StoryboardReplayTest} replays; only missing files are
 * written, never an existing one (it stands for the running storyboards of its version). Run it
 * by hand when a compatible change needs a new path covered:
 * {@code java -cp <workflows test classpath> io.seedancerunner.workflows.storyboard.RecordStoryboardHistories
 * [folder]} (default {@code src/test/resources/histories}).
 */
public final class RecordStoryboardHistories {

  /** The recorded storyboard: 5 shots, a retake of shot 2, a reshoot of shot 3 and its chain. */
  static final String RESHOOT = "storyboard-retake-reshoot.json";
  /** A storyboard paid by a tenant, one shot refused by its budget; phase and cost upserted. */
  static final String TENANT = "storyboard-tenant-attributes.json";

  private RecordStoryboardHistories() {}

  /** @param args optional output folder */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/histories");
    Files.createDirectories(out);
    if (!Files.exists(out.resolve(RESHOOT))) {
      recordRetakeAndReshoot(out.resolve(RESHOOT));
    }
    if (!Files.exists(out.resolve(TENANT))) {
      recordTenant(out.resolve(TENANT));
    }
    System.exit(0);
  }

  private static void recordTenant(Path file) throws Exception {
    try (StoryboardHarness h = new StoryboardHarness()) {
      List<Shot> shots = pattern("CcC");
      shots.set(2, Shot.of("shot 3 [over-budget]", null, Continuity.CUT));
      StoryboardWorkflow wf = h.start("replay-tenant", storyboard(FailurePolicy.PARTIAL_FILM, 2, 2, shots), 0,
          "studio-a");
      StoryboardHarness.result(wf);
      Files.writeString(file, h.client.fetchHistory("replay-tenant").toJson(true));
    }
  }

  private static void recordRetakeAndReshoot(Path file) throws Exception {
    try (StoryboardHarness h = new StoryboardHarness()) {
      List<Shot> shots = pattern("CcCcC");
      shots.set(1, Shot.of("shot 2 [fail-once]", null, Continuity.CONTINUE));
      StoryboardWorkflow wf = h.start("replay-storyboard", storyboard(FailurePolicy.PARTIAL_FILM, 2, 2, shots), 600);
      h.await(wf, s -> s.phase() == StoryboardPhase.FILM_READY);
      wf.reshoot(3, new ShotChanges("shot 3 again", null, 7L, null, null, null));
      h.await(wf, s -> s.phase() == StoryboardPhase.FILM_READY && s.filmVersion() == 2);
      StoryboardHarness.result(wf);
      Files.writeString(file, h.client.fetchHistory("replay-storyboard").toJson(true));
    }
  }
}
