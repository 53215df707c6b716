package io.seedancerunner.api.storyboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.storyboard.Continuity;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotDefaults;
import io.seedancerunner.workflows.storyboard.Storyboard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The storyboard's Temporal UI summary, and which field a refused reshoot blames. */
class StoryboardMetadataTest {

  static Storyboard board(String title) {
    ShotDefaults d = new ShotDefaults("sim-open-api", "seedance-2.0", "720p", "16:9", false, false, 4);
    return new Storyboard(title, d, null, 0, 0, List.of(Shot.of("a", 5, Continuity.CUT), Shot.of("b", null, Continuity.CONTINUE)));
  }

  @Test
  void summaryCountsShotsAndSecondsWithDefaultsFilledIn() {
    assertEquals("2 shots · 9 s · sim-open-api · 'Aurora'", StoryboardMetadata.summary(board("Aurora")));
  }

  @Test
  void aLongTitleIsCutToTemporalsLimitAtACodePoint() {
    String s = StoryboardMetadata.summary(board("€".repeat(200)));
    assertTrue(s.getBytes(StandardCharsets.UTF_8).length <= StoryboardMetadata.MAX_SUMMARY_BYTES, s);
    assertTrue(s.endsWith("…'"), s);
  }

  @Test
  void aRefusedReshootBlamesTheChangeItsMessageNames() {
    assertEquals("durationSeconds", ReshootController.blamed("durationSeconds must be at least 1"));
    assertEquals("firstFrameUrl", ReshootController.blamed("a continue shot takes no firstFrameUrl"));
    assertEquals("shot", ReshootController.blamed("shot 9 does not exist"));
    assertEquals("changes", ReshootController.blamed("nothing to change"));
  }
}
