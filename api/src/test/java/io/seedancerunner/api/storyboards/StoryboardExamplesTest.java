package io.seedancerunner.api.storyboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.workflows.storyboard.Continuity;
import io.seedancerunner.workflows.storyboard.FailurePolicy;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.Storyboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The storyboards in {@code examples/} read without an error, and the schema names the reader's fields. */
class StoryboardExamplesTest {

  private final StoryboardReader reader = Readers.simulatorAccounts();

  private Storyboard example(String file) throws Exception {
    return reader.read(Files.readString(Path.of("../examples", file)), file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"product-film.yaml", "short-story-lighthouse.yaml", "storyboard-mountain-trail.json"})
  void everyExampleReads(String file) throws Exception {
    Storyboard sb = example(file);
    assertFalse(sb.shots().isEmpty());
    assertEquals(Continuity.CUT, sb.shot(1).continuity(), "the first shot is a cut");
    assertTrue(sb.shots().stream().anyMatch(Shot::continues), file + " mixes continue and cut");
    assertTrue(sb.shots().stream().anyMatch(s -> !s.continues()), file + " mixes continue and cut");
  }

  @Test
  void theProductFilmIsSixShortShotsOnTheDefaultAccount() throws Exception {
    Storyboard sb = example("product-film.yaml");
    assertEquals(6, sb.shots().size());
    assertEquals("sim-open-api", sb.defaults().provider());
    assertEquals(FailurePolicy.PARTIAL_FILM, sb.failurePolicy());
    assertEquals(3, sb.maxParallelShots());
    int total = 0;
    for (Shot s : sb.shots()) {
      int d = s.durationSeconds() != null ? s.durationSeconds() : sb.defaults().durationSeconds();
      assertTrue(d >= 4 && d <= 5, "short shots");
      total += d;
    }
    assertEquals(27, total);
    assertTrue(sb.title().startsWith("Aurora"));
  }

  @Test
  void theShortStoryHasTwelveShotsWithFiveCuts() throws Exception {
    Storyboard sb = example("short-story-lighthouse.yaml");
    assertEquals(12, sb.shots().size());
    assertEquals(5, sb.shots().stream().filter(s -> !s.continues()).count(), "five cuts, seven continues");
    assertEquals(FailurePolicy.FAIL_FILM, sb.failurePolicy());
  }

  @Test
  void theJsonExampleAsksOpenAiVideosForItsLastFrameButNotSeedance2ai() throws Exception {
    Storyboard sb = example("storyboard-mountain-trail.json");
    // Shot 1 (seedance2ai) always returns a last frame; shot 3 (openai-videos) must ask for it.
    assertNull(sb.shot(1).returnLastFrame());
    assertEquals(Boolean.TRUE, sb.shot(3).returnLastFrame());
    assertNull(sb.shot(4).returnLastFrame(), "nothing continues from the last shot");
    assertEquals(42L, sb.shot(3).seed());
  }

  @Test
  void theSchemaListsExactlyTheReadersFields() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Path.of("../docs/storyboard.schema.json").toFile());
    assertEquals(StoryboardReader.FIELDS, names(schema.path("properties")));
    assertEquals(StoryboardReader.DEFAULT_FIELDS, names(schema.path("properties").path("defaults").path("properties")));
    assertEquals(StoryboardReader.SHOT_FIELDS, names(schema.path("$defs").path("shot").path("properties")));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
