package io.seedancerunner.api.storyboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.storyboard.Continuity;
import io.seedancerunner.workflows.storyboard.FailurePolicy;
import io.seedancerunner.workflows.storyboard.Storyboard;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Storyboard files that break a rule: one 400 naming each field by its path, with allowed values. */
class StoryboardReaderTest {

  private final StoryboardReader reader = Readers.simulatorAccounts();

  private static String yaml(String shots) {
    return "title: t\nshots:\n" + shots;
  }

  private List<FieldError> errors(String text, String hint) {
    ApiException e = assertThrows(ApiException.class, () -> reader.read(text, hint));
    assertEquals(HttpStatus.BAD_REQUEST, e.status());
    return e.body().fields();
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("continuity typo", yaml("  - prompt: a\n  - prompt: b\n    continuity: contineu\n"),
            "shots[1].continuity", List.of("continue", "cut")),
        Arguments.of("first shot continues", yaml("  - prompt: a\n    continuity: continue\n"),
            "shots[0].continuity", List.of("cut")),
        Arguments.of("continue with its own first frame",
            yaml("  - prompt: a\n  - prompt: b\n    continuity: continue\n    firstFrameUrl: https://img.example/f.png\n"),
            "shots[1].firstFrameUrl", List.of()),
        Arguments.of("continue on a text-only dialect",
            yaml("  - prompt: a\n  - prompt: b\n    continuity: continue\n    provider: sim-unified\n"
                + "    model: seedance-2.0-text-to-video\n"),
            "shots[1].continuity", List.of("cut")),
        Arguments.of("duration the model lacks", yaml("  - prompt: a\n    durationSeconds: 3\n"),
            "shots[0].durationSeconds", null),
        Arguments.of("unknown shot field", yaml("  - prompt: a\n    duration: 5\n"), "shots[0].duration", null),
        Arguments.of("missing prompt", yaml("  - continuity: cut\n"), "shots[0].prompt", null),
        Arguments.of("shot not a mapping", yaml("  - just a prompt\n"), "shots[0]", null),
        Arguments.of("bad failure policy", "failurePolicy: retry\nshots:\n  - prompt: a\n", "failurePolicy",
            List.of("fail-film", "partial-film")),
        Arguments.of("parallel 0", "maxParallelShots: 0\nshots:\n  - prompt: a\n", "maxParallelShots", List.of("1..100")),
        Arguments.of("attempts 9", "attemptsPerShot: 9\nshots:\n  - prompt: a\n", "attemptsPerShot", List.of("1..5")),
        Arguments.of("no shots", "title: t\n", "shots", null),
        Arguments.of("empty shots", "title: t\nshots: []\n", "shots", null),
        Arguments.of("unknown provider in defaults", "defaults:\n  provider: nobody\nshots:\n  - prompt: a\n",
            "defaults.provider", null),
        Arguments.of("ratio on the dialect", "defaults:\n  aspectRatio: \"9:21\"\nshots:\n  - prompt: a\n",
            "defaults.aspectRatio", List.of("16:9", "9:16", "1:1")),
        Arguments.of("unknown top-level field", "shot:\n  - prompt: a\nshots:\n  - prompt: a\n", "shot", null),
        Arguments.of("json continuity typo",
            "{\"shots\":[{\"prompt\":\"a\"},{\"prompt\":\"b\",\"continuity\":\"CONTINUED\"}]}",
            "shots[1].continuity", List.of("continue", "cut")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void eachRuleNamesItsField(String name, String text, String field, List<String> allowed) {
    List<FieldError> errors = errors(text, null);
    FieldError e = errors.stream().filter(f -> f.field().equals(field)).findFirst()
        .orElseThrow(() -> new AssertionError("no error on " + field + ": " + errors));
    if (allowed != null) {
      assertEquals(allowed, e.allowed(), e.toString());
    }
    assertTrue(e.message() != null && !e.message().isBlank());
  }

  @Test
  void everyProblemIsListedOnceWithTheShotNumberInTheMessage() {
    List<FieldError> errors = errors(yaml("  - prompt: a\n    durationSeconds: 3\n  - prompt: b\n"
        + "    continuity: sideways\n  - prompt: c\n    resolution: 4k\n"), "film.yaml");
    assertEquals(List.of("shots[0].durationSeconds", "shots[1].continuity", "shots[2].resolution"),
        errors.stream().map(FieldError::field).toList());
    assertTrue(errors.get(0).message().startsWith("shot 1:"), errors.get(0).message());
  }

  @Test
  void aBadDefaultIsReportedOnceNotPerShot() {
    List<FieldError> errors = errors("defaults:\n  durationSeconds: 99\nshots:\n  - prompt: a\n  - prompt: b\n", null);
    assertEquals(List.of("defaults.durationSeconds"), errors.stream().map(FieldError::field).toList());
  }

  @Test
  void aDefaultThatOneShotsOverrideCannotTakeIsBlamedOnThatShot() {
    // 4 s is fine for seedance-2.0 but seedance-1.5-pro offers 5 or 10 s only.
    List<FieldError> errors = errors("defaults:\n  durationSeconds: 4\nshots:\n  - prompt: a\n"
        + "  - prompt: b\n    model: seedance-1.5-pro\n", null);
    assertEquals("shots[1].durationSeconds", errors.get(0).field());
    assertTrue(errors.get(0).message().contains("comes from defaults"), errors.get(0).message());
    assertEquals(List.of("5", "10"), errors.get(0).allowed());
  }

  @Test
  void unparseableYamlBlamesTheBody() {
    List<FieldError> errors = errors("shots: [\n  - prompt: a", "film.yaml");
    assertEquals("body", errors.get(0).field());
    assertTrue(errors.get(0).message().contains("not valid YAML"), errors.get(0).message());
  }

  @Test
  void duplicateKeysAreRefused() {
    List<FieldError> errors = errors("title: a\ntitle: b\nshots:\n  - prompt: a\n", "film.yml");
    assertEquals("body", errors.get(0).field());
  }

  @Test
  void defaultsAreFilledAndOverridesKept() {
    Storyboard sb = reader.read(yaml("  - prompt: a\n  - prompt: b\n    continuity: CONTINUE\n"
        + "    durationSeconds: 8\n    resolution: 1080p\n"), "application/yaml");
    assertEquals("t", sb.title());
    assertEquals("sim-open-api", sb.defaults().provider());
    assertEquals("seedance-2.0", sb.defaults().model());
    assertEquals("720p", sb.defaults().resolution());
    assertEquals("16:9", sb.defaults().aspectRatio());
    assertEquals(StoryboardReader.DEFAULT_DURATION, sb.defaults().durationSeconds());
    assertEquals(FailurePolicy.FAIL_FILM, sb.failurePolicy());
    assertEquals(Storyboard.DEFAULT_MAX_PARALLEL_SHOTS, sb.maxParallelShots());
    assertNull(sb.shot(1).durationSeconds());
    assertNull(sb.shot(1).provider());
    assertEquals(Continuity.CONTINUE, sb.shot(2).continuity());
    assertEquals(8, sb.shot(2).durationSeconds());
    assertEquals("1080p", sb.shot(2).resolution());
    assertNull(sb.shot(1).returnLastFrame(), "open-api has no returnLastFrame option");
  }

  @Test
  void aShotFollowedByAContinueShotOnArkAsksForTheLastFrame() {
    Storyboard sb = reader.read("defaults:\n  provider: sim-ark\nshots:\n  - prompt: a\n  - prompt: b\n"
        + "    continuity: continue\n  - prompt: c\n", null);
    assertEquals(Boolean.TRUE, sb.shot(1).returnLastFrame());
    assertNull(sb.shot(2).returnLastFrame());
  }

  @Test
  void aContinueShotCountsThePreviousLastFrameAmongItsImages() {
    // seedanceapi takes one image: a continue shot there cannot add a reference image as well.
    List<FieldError> errors = errors("defaults:\n  provider: sim-seedanceapi\n  durationSeconds: 4\nshots:\n"
        + "  - prompt: a\n  - prompt: b\n    continuity: continue\n"
        + "    referenceImageUrls: [\"https://img.example/r.png\"]\n", null);
    assertTrue(errors.stream().anyMatch(e -> e.field().startsWith("shots[1].")), errors.toString());
  }
}
