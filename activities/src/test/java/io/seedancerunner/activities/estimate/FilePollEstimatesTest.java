package io.seedancerunner.activities.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePollEstimatesTest {

  @TempDir
  Path dir;

  @Test
  void noFigureBeforeTwentyJobsThenTheMedianWhichSurvivesARestart() {
    FilePollEstimates store = new FilePollEstimates(dir);
    for (long s = 1; s <= 19; s++) {
      store.finished("a|m|720p|8", s * 10);
    }
    assertNull(store.learnedSeconds("a|m|720p|8"), "19 jobs are too few");
    store.finished("a|m|720p|8", 200);

    assertEquals(100L, new FilePollEstimates(dir).learnedSeconds("a|m|720p|8"), "median of 10..190, 200 after a restart");
    assertNull(store.learnedSeconds("a|m|1080p|8"), "another series has no data");
  }

  @Test
  void keepsOnlyTheMostRecentHundredJobs() {
    FilePollEstimates store = new FilePollEstimates(dir);
    for (int i = 0; i < 100; i++) {
      store.finished("k", 1000);
    }
    for (int i = 0; i < FilePollEstimates.WINDOW; i++) {
      store.finished("k", 30);
    }
    assertEquals(30L, store.learnedSeconds("k"));
  }
}
