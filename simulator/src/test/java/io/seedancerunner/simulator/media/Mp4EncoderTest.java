package io.seedancerunner.simulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.simulator.support.Mp4Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4EncoderTest {

  @TempDir
  Path dir;

  @Test
  void silentVideoHasTheAskedSizeAndDuration() throws Exception {
    Path file = dir.resolve("a.mp4");
    new Mp4Encoder().encode(new VideoSpec(864, 496, 4, false), file);
    Mp4Probe p = Mp4Probe.of(file);
    assertEquals(864, p.width());
    assertEquals(496, p.height());
    assertEquals(4.0, p.videoSeconds(), 0.001);
    assertEquals(4.0, p.movieSeconds(), 0.05);
    assertEquals(-1, p.audioSeconds());
    assertTrue(p.moovBeforeMdat(), "faststart: moov before mdat");
    assertTrue(Files.size(file) > 1000);
  }

  @Test
  void audioTrackLastsAsLongAsTheVideo() throws Exception {
    Path file = dir.resolve("b.mp4");
    new Mp4Encoder().encode(new VideoSpec(630, 1470, 4, true), file);
    Mp4Probe p = Mp4Probe.of(file);
    assertEquals(630, p.width());
    assertEquals(1470, p.height());
    assertEquals(4.0, p.videoSeconds(), 0.001);
    assertTrue(p.audioSeconds() > 3.9 && p.audioSeconds() < 4.1, "audio seconds " + p.audioSeconds());
    assertEquals(4.0, p.movieSeconds(), 0.05);
  }
}
