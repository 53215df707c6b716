package io.seedancerunner.workflows.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unified catalogue as {@link RequestCheck} applies it. */
class UnifiedCatalogueTest {

  private static final DialectCatalogue CAT = Catalogues.forDialect("unified").orElseThrow();
  private static final String MODEL = "seedance-2.0-text-to-video";

  private static List<String> fields(GenerationRequest r) {
    return RequestCheck.check(CAT, r).stream().map(FieldError::field).toList();
  }

  @Test
  void isRegisteredAsTextOnlyWithCancel() {
    assertTrue(Catalogues.dialects().contains("unified"));
    assertEquals(List.of(MODEL), CAT.modelIds());
    assertTrue(CAT.inputs().isEmpty());
    assertTrue(CAT.cancel());
    assertEquals(1.1, CAT.prices().get("content-filter-off"));
  }

  @Test
  void textWithAudioAndTheContentFilterOffPasses() {
    GenerationRequest r = new GenerationRequest("p", MODEL, "a frog", 15, "1080p", "adaptive", true, false, null, null,
        List.of(), List.of(), List.of(), new GenerationOptions(null, null, null, null, null, false));
    assertEquals(List.of(), fields(r));
  }

  @Test
  void imagesVideosAudioFixedLensAndSeedAreRefused() {
    GenerationRequest r = new GenerationRequest("p", MODEL, "a frog", 3, "720p", "9:21", false, true,
        "https://img.example/a.png", null, List.of(), List.of("https://cdn.example/v.mp4"),
        List.of("https://cdn.example/a.mp3"), new GenerationOptions(5L, null, null, null, null, null));
    assertEquals(List.of("durationSeconds", "aspectRatio", "firstFrameUrl", "referenceVideoUrls", "referenceAudioUrls",
        "fixedLens", "seed"), fields(r));
  }
}
