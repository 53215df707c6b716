package io.seedancerunner.activities.storyboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.workflows.storyboard.Film;
import io.seedancerunner.workflows.storyboard.LastFrameRequest;
import io.seedancerunner.workflows.storyboard.StitchRequest;
import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.temporal.failure.ApplicationFailure;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media activities on real MP4s made with FFmpeg's libraries: last frames, the film by copy or re-encode, the contact sheet. */
class StoryboardMediaTest {

  @TempDir
  Path data;
  private ProviderRegistry registry;
  private final ClipProbe probe = new ClipProbe();

  @BeforeEach
  void accounts() {
    registry = new ProviderRegistry(List.of(account("sim-open-api", "open-api"),
        account("sim-openai-videos", "openai-videos")), new ObjectMapper());
  }

  @AfterEach
  void close() {
    registry.close();
  }

  private static ProviderConfig account(String name, String dialect) {
    ProviderConfig c = new ProviderConfig(name);
    c.setDialect(dialect);
    c.setBaseUrl("http://localhost:1/sim/" + dialect);
    c.setApiKey("test-key");
    return c;
  }

  private RunnerConfig config(String publicBaseUrl) {
    RunnerConfig c = new RunnerConfig();
    c.setDataDir(data.toString());
    c.setPublicBaseUrl(publicBaseUrl);
    return c;
  }

  private FilmStitcher stitcher() {
    return new FilmStitcher(config("http://localhost:8080"), probe, new ContactSheet());
  }

  private Path clip(String name, double seconds, int w, int h, int fps, boolean tone) throws Exception {
    return TestClips.make(data.resolve(name), seconds, w, h, fps, tone);
  }

  @Test
  void sameParametersAreJoinedByStreamCopyWithTheSumOfTheDurations() throws Exception {
    List<Path> clips = List.of(clip("a.mp4", 2, 640, 360, 24, false), clip("b.mp4", 3, 640, 360, 24, false),
        clip("c.mp4", 1.5, 640, 360, 24, false));

    Film film = stitcher().stitch(new StitchRequest("sb-copy", clips.stream().map(Path::toString).toList()));

    assertFalse(film.reencoded(), "same codecs and parameters: stream copy");
    assertEquals(data.resolve("storyboards/sb-copy/film.mp4").toAbsolutePath().toString(), film.path());
    ClipParams joined = probe.probe(Path.of(film.path()));
    assertEquals(6.5, joined.durationSeconds(), 0.1 * 3);
    assertEquals(film.durationSeconds(), joined.durationSeconds(), 1e-6);
    assertEquals(Files.size(Path.of(film.path())), film.bytes());
    assertEquals(3, film.shots());
    BufferedImage sheet = ImageIO.read(Path.of(film.contactSheetPath()).toFile());
    // Three 320x180 tiles in one row, 4 px padding and margin: 3*320 + 2*4 + 2*4 = 976 wide.
    assertEquals(976, sheet.getWidth());
    assertEquals(180 + 8, sheet.getHeight());
    assertFalse(Files.exists(data.resolve("storyboards/sb-copy/film.part.mp4")));
  }

  @Test
  void differentSizesAndSoundAreReencodedToTheFirstClipsShape() throws Exception {
    List<Path> clips = List.of(clip("a.mp4", 2, 640, 360, 24, true), clip("b.mp4", 2, 480, 480, 30, false),
        clip("c.mp4", 1, 640, 360, 24, true));

    Film film = stitcher().stitch(new StitchRequest("sb-mixed", clips.stream().map(Path::toString).toList()));

    assertTrue(film.reencoded());
    ClipParams joined = probe.probe(Path.of(film.path()));
    assertEquals(640, joined.width());
    assertEquals(360, joined.height());
    assertEquals("aac", joined.audioCodec(), "sound kept; the silent clip gets silence");
    assertEquals(5.0, joined.durationSeconds(), 0.1 * 3);
  }

  @Test
  void aSeventhShotStartsASecondRowOfTheContactSheet() throws Exception {
    Path one = clip("a.mp4", 1, 320, 180, 24, false);
    List<String> seven = java.util.Collections.nCopies(7, one.toString());

    Film film = stitcher().stitch(new StitchRequest("sb-seven", seven));

    BufferedImage sheet = ImageIO.read(Path.of(film.contactSheetPath()).toFile());
    assertEquals(6 * 320 + 5 * 4 + 2 * 4, sheet.getWidth());
    assertEquals(2 * 180 + 4 + 2 * 4, sheet.getHeight());
    assertEquals(7.0, film.durationSeconds(), 0.1 * 7);
  }

  @Test
  void aMissingClipIsNotRetried() {
    ApplicationFailure e = assertThrows(ApplicationFailure.class, () -> stitcher().stitch(
        new StitchRequest("sb-missing", List.of(data.resolve("nope.mp4").toString()))));
    assertEquals(StoryboardActivities.MISSING_CLIP, e.getType());
    assertTrue(e.isNonRetryable());
  }

  @Test
  void lastFrameIsServedUnderThePublicBaseUrlAndInlinedOnlyWhereTheDialectTakesBase64() throws Exception {
    Path clip = clip("a.mp4", 2, 640, 360, 24, false);
    LastFrames local = new LastFrames(config("http://localhost:8080/"), registry);
    LastFrames publicUrl = new LastFrames(config("https://runner.example.com"), registry);

    String forOpenApi = local.publish(new LastFrameRequest("sb", 1, clip.toString(), "sim-open-api"));
    String forOpenAiVideos = local.publish(new LastFrameRequest("sb", 1, clip.toString(), "sim-openai-videos"));
    String publicForOpenAiVideos = publicUrl.publish(new LastFrameRequest("sb", 1, clip.toString(), "sim-openai-videos"));

    assertTrue(forOpenApi.matches("http://localhost:8080/v1/frames/[0-9a-f]{64}\\.jpg"), forOpenApi);
    String name = forOpenApi.substring(forOpenApi.lastIndexOf('/') + 1);
    Path frame = data.resolve("frames").resolve(name);
    assertTrue(Files.isRegularFile(frame));
    BufferedImage image = ImageIO.read(frame.toFile());
    assertEquals(640, image.getWidth());
    assertEquals(360, image.getHeight());
    assertTrue(forOpenAiVideos.startsWith("data:image/jpeg;base64,"), "localhost is unreachable for a provider");
    assertArrayEquals(Files.readAllBytes(frame),
        Base64.getDecoder().decode(forOpenAiVideos.substring("data:image/jpeg;base64,".length())));
    assertEquals("https://runner.example.com/v1/frames/" + name, publicForOpenAiVideos, "same frame, same name");
    try (var files = Files.list(data.resolve("frames"))) {
      assertEquals(1, files.count(), "content-addressed: one file, no leftovers");
    }
  }

  @Test
  void theLastFrameIsTheClipsLastPicture() throws Exception {
    // TestClips draws a moving pattern: the first and the last frame differ.
    Path clip = clip("a.mp4", 2, 320, 180, 24, false);
    LastFrames frames = new LastFrames(config("https://runner.example.com"), registry);
    String url = frames.publish(new LastFrameRequest("sb", 1, clip.toString(), "sim-open-api"));
    Path last = data.resolve("frames").resolve(url.substring(url.lastIndexOf('/') + 1));
    List<BufferedImage> all = TestClips.pictures(clip);
    assertEquals(48, all.size());
    double toLast = meanDifference(ImageIO.read(last.toFile()), all.get(47));
    double toFirst = meanDifference(ImageIO.read(last.toFile()), all.get(0));
    assertTrue(toLast < 8, "close to frame 48 of 48 (JPEG noise only): " + toLast);
    assertTrue(toFirst > toLast * 2, "far from the first frame: " + toFirst + " vs " + toLast);
  }

  @Test
  void privateAndLoopbackHostsAreNotReachableFromTheInternet() {
    assertFalse(LastFrames.reachableFromInternet("http://localhost:8080"));
    assertFalse(LastFrames.reachableFromInternet("http://127.0.0.1:8080"));
    assertFalse(LastFrames.reachableFromInternet("http://192.168.1.20"));
    assertFalse(LastFrames.reachableFromInternet("http://10.0.0.5"));
    assertFalse(LastFrames.reachableFromInternet("http://[::1]:8080"));
    assertFalse(LastFrames.reachableFromInternet("http://runner.local"));
    assertTrue(LastFrames.reachableFromInternet("https://runner.example.com"));
    assertTrue(LastFrames.reachableFromInternet("https://203.0.113.7"));
  }

  private static double meanDifference(BufferedImage a, BufferedImage b) {
    long sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
        }
      }
    }
    return sum / (3.0 * a.getWidth() * a.getHeight());
  }
}
