package io.seedancerunner.workflows.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seedance2ai catalogue as {@link RequestCheck} applies it. */
class Seedance2AiCatalogueTest {

  private static final DialectCatalogue CAT = Catalogues.forDialect("seedance2ai").orElseThrow();

  private static GenerationRequest request(String model, String resolution, List<String> images, List<String> videos,
      List<String> audio, Long seed) {
    return new GenerationRequest("p", model, "a glass train", 4, resolution, "adaptive", true, true,
        "https://img.example/first.png", "https://img.example/last.png", images, videos, audio,
        new GenerationOptions(seed, null, null, null, null, null));
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void isRegisteredWithTheSeedsFeatures() {
    assertTrue(Catalogues.dialects().contains("seedance2ai"));
    assertEquals(List.of("seedance-2.0", "seedance-2.0-mini", "seedance-2.0-pro"), CAT.modelIds());
    assertTrue(CAT.idempotentSubmit());
    assertTrue(CAT.returnsLastFrame());
    assertEquals(false, CAT.cancel());
    assertEquals("credits", CAT.priceUnit());
    assertEquals(6.0, CAT.prices().get("seedance-2.0/720p"), "30 credits for 5 s in the seed's example");
  }

  @Test
  void everyInputModeAndOptionPassesOnPro() {
    GenerationRequest r = request("seedance-2.0-pro", "4k", List.of("https://img.example/r.png"),
        List.of("https://cdn.example/v.mp4"), List.of(), 7L);
    assertEquals(List.of(), RequestCheck.check(CAT, r));
  }

  @Test
  void fourKAndAudioInputAreRefusedWhereTheSeedSaysSo() {
    GenerationRequest r = request("seedance-2.0", "4k", List.of(), List.of(), List.of("https://cdn.example/a.mp3"), null);
    assertEquals(List.of("resolution", "referenceAudioUrls"), fields(RequestCheck.check(CAT, r)));
  }

  @Test
  void atMostTwelveReferencesAndPromptsOfThreeCharactersOrMore() {
    GenerationRequest many = request("seedance-2.0", "720p", Collections.nCopies(8, "https://img.example/r.png"),
        Collections.nCopies(5, "https://cdn.example/v.mp4"), List.of(), null);
    assertEquals(List.of("referenceImageUrls"), fields(RequestCheck.check(CAT, many)));
    GenerationRequest shortPrompt = new GenerationRequest("p", "seedance-2.0", "ab", 15, "1080p", "21:9",
        false, false, null, null, List.of());
    assertEquals(List.of("prompt"), fields(RequestCheck.check(CAT, shortPrompt)));
  }
}
