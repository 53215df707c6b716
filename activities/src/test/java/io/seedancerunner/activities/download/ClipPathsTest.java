package io.seedancerunner.activities.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClipPathsTest {

  private final Path data = Path.of("/srv/data");

  @Test
  void plainJobId() {
    assertEquals(Path.of("/srv/data/videos/job-1/clip.mp4"), ClipPaths.clip(data, "job-1"));
  }

  @Test
  void storyboardShotIdNests() {
    assertEquals(Path.of("/srv/data/videos/sb1/shot-3/clip.mp4"), ClipPaths.clip(data, "sb1/shot-3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../x", "a/../../etc", "a/..", "/abs", "a//b", "a/./b", "a/", " ", "a\\..\\b"})
  void rejectsPathTricks(String jobId) {
    ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> ClipPaths.clip(data, jobId));
    assertEquals(ClipPaths.INVALID_JOB_ID, f.getType());
    assertTrue(f.isNonRetryable());
  }

  @Test
  void dotsInsideANameAreFine() {
    assertEquals(Path.of("/srv/data/videos/v1..2/clip.mp4"), ClipPaths.clip(data, "v1..2"));
  }
}
