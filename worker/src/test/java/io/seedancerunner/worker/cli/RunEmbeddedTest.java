package io.seedancerunner.worker.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.activities.media.Mp4Info;
import io.seedancerunner.activities.media.Mp4Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Quickstart's command in process: {@code seedance run examples/product-film.yaml --watch} on
 * the embedded default (in-process Temporal, the simulator), as a fresh clone runs it. Checks what
 * the issue asks of the end-to-end run: a film.mp4 lasting the sum of its shots (±0.1 s per shot)
 * and a contact sheet.
 */
class RunEmbeddedTest {

  static final Map<String, String> PROPERTIES = new TreeMap<>();
  static Path data;

  @BeforeAll
  static void configure() throws Exception {
    data = Files.createTempDirectory("seedance-run");
    PROPERTIES.put("seedance.temporal.mode", "in-process");
    PROPERTIES.put("seedance.data-dir", data.toString());
    PROPERTIES.put("simulator.generation-seconds", "2");
    PROPERTIES.put("simulator.video-dir", data.resolve("sim-videos").toString());
    PROPERTIES.forEach(System::setProperty);
  }

  @AfterAll
  static void restore() {
    PROPERTIES.keySet().forEach(System::clearProperty);
    System.clearProperty("seedance.console.level");
  }

  @Test
  void theProductFilmRunsEndToEndAndTheFilmLastsAsLongAsItsShots() throws Exception {
    Cli.Run r = Cli.run("run", "../examples/product-film.yaml", "--watch", "--poll", "PT0.2S");
    assertEquals(0, r.exit(), r.out() + r.err());

    Map<Integer, Path> shots = new TreeMap<>();
    Matcher m = Pattern.compile("(?m)^shot +(\\d+) .* SUCCEEDED .* · (/\\S+\\.mp4)$").matcher(r.out());
    while (m.find()) {
      shots.put(Integer.parseInt(m.group(1)), Path.of(m.group(2)));
    }
    assertEquals(List.of(1, 2, 3, 4, 5, 6), List.copyOf(shots.keySet()), r.out());
    double sum = 0;
    for (Path clip : shots.values()) {
      assertTrue(clip.startsWith(data), clip + " lies under the data folder");
      sum += Mp4Probe.probe(clip).durationSeconds();
    }
    assertEquals(27.0, sum, 0.1 * 6, "5 + 4 + 4 + 5 + 4 + 5 s as the storyboard asks");

    Path film = Path.of(line(r.out(), "Film: (\\S+\\.mp4) \\("));
    Mp4Info probed = Mp4Probe.probe(film);
    assertEquals(sum, probed.durationSeconds(), 0.1 * 6, "the film lasts as long as its shots");
    assertEquals(1280, probed.width());
    assertEquals(720, probed.height());
    Path sheet = Path.of(line(r.out(), "Contact sheet: (\\S+)"));
    byte[] head = Arrays.copyOf(Files.readAllBytes(sheet), 3);
    assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, head, "a JPEG");
  }

  private static String line(String out, String regex) {
    Matcher m = Pattern.compile("(?m)^" + regex).matcher(out);
    assertTrue(m.find(), "no line " + regex + " in\n" + out);
    return m.group(1);
  }
}
