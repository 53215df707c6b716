package io.seedancerunner.activities.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.activities.support.Mp4Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4ProbeTest {

  @TempDir
  Path dir;

  @Test
  void readsDurationAndVideoPixelSize() throws Exception {
    Path mp4 = Mp4Fixtures.write(dir.resolve("a.mp4"), 4.5, 1280, 720, "vide", 200_000);
    Mp4Info info = Mp4Probe.probe(mp4);
    assertEquals(4.5, info.durationSeconds(), 1e-9);
    assertEquals(1280, info.width());
    assertEquals(720, info.height());
  }

  @Test
  void skipsMediaDataInsteadOfCopyingIt() throws Exception {
    Path mp4 = Mp4Fixtures.write(dir.resolve("big.mp4"), 8, 480, 854, "vide", 20_000_000);
    long tempFilesBefore = countMediaDataTempFiles();
    Mp4Info info = Mp4Probe.probe(mp4);
    assertEquals(854, info.height());
    assertEquals(tempFilesBefore, countMediaDataTempFiles(), "isoparser must not copy mdat to a temp file");
  }

  @Test
  void htmlIsNotMp4() throws Exception {
    Path html = Files.writeString(dir.resolve("error.mp4"), "<!DOCTYPE html><html>Access denied</html>");
    NotMp4Exception e = assertThrows(NotMp4Exception.class, () -> Mp4Probe.probe(html));
    assertTrue(e.getMessage().contains("ftyp"), e.getMessage());
  }

  @Test
  void emptyAndTinyFilesAreNotMp4() throws Exception {
    assertThrows(NotMp4Exception.class, () -> Mp4Probe.probe(Files.write(dir.resolve("empty"), new byte[0])));
    assertThrows(NotMp4Exception.class, () -> Mp4Probe.probe(Files.write(dir.resolve("tiny"), new byte[] {0, 0, 0})));
  }

  @Test
  void audioOnlyHasNoVideoTrack() throws Exception {
    Path m4a = Mp4Fixtures.write(dir.resolve("a.m4a"), 3, 0, 0, "soun", 1000);
    NotMp4Exception e = assertThrows(NotMp4Exception.class, () -> Mp4Probe.probe(m4a));
    assertEquals("no video track", e.getMessage());
  }

  @Test
  void truncatedMovieBoxIsNotMp4() throws Exception {
    Path mp4 = Mp4Fixtures.write(dir.resolve("cut.mp4"), 4, 1280, 720, "vide", 1000);
    byte[] all = Files.readAllBytes(mp4);
    byte[] ftypAndPartOfMoov = java.util.Arrays.copyOf(all, 60);
    Path cut = Files.write(dir.resolve("cut2.mp4"), ftypAndPartOfMoov);
    assertThrows(NotMp4Exception.class, () -> Mp4Probe.probe(cut));
  }

  @Test
  void sha256MatchesTheJdkOverTheWholeFile() throws Exception {
    Path mp4 = Mp4Fixtures.write(dir.resolve("h.mp4"), 4, 64, 64, "vide", 300_000);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(mp4)));
    assertEquals(expected, Sha256.of(mp4));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Sha256.of(Files.write(dir.resolve("e"), "".getBytes(StandardCharsets.UTF_8))));
  }

  private static long countMediaDataTempFiles() throws Exception {
    try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("MediaDataBox")).count();
    }
  }
}
