package io.seedancerunner.workflows.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CostEstimator} per dialect, against figures computed by hand from the seed documents and
 * the catalogue classes (the simulator module checks the same rules against its own charges).
 */
class CostEstimatorTest {

  static GenerationRequest request(String model, int seconds, String resolution, String ratio, boolean audio,
      List<String> videos, GenerationOptions options) {
    return new GenerationRequest("p", model, "a lighthouse in a storm", seconds, resolution, ratio, audio, false,
        null, null, List.of(), videos, List.of(), options);
  }

  static GenerationRequest request(String model, int seconds, String resolution, String ratio, boolean audio) {
    return request(model, seconds, resolution, ratio, audio, List.of(), GenerationOptions.NONE);
  }

  @ParameterizedTest(name = "open-api {1} s {2}: {3} credits")
  @CsvSource({"seedance-2.0, 8, 720p, 80", "seedance-2.0, 8, 480p, 40", "seedance-2.0-fast, 15, 1080p, 300",
      "seedance-1.5-pro, 5, 480p, 25", "seedance-2.0, 7, 480p, 35"})
  void openApiBillsUsdPerSecondInCents(String model, int seconds, String resolution, long credits) {
    CostEstimate e = CostEstimator.estimate(OpenApiCatalogue.CATALOGUE, request(model, seconds, resolution, "16:9", false));
    assertEquals(credits, e.amount());
    assertEquals("credits", e.unit());
    assertEquals(credits / 100.0, e.usd(), 1e-12);
  }

  @Test
  void openApiBasisShowsTheSum() {
    CostEstimate e = CostEstimator.estimate(OpenApiCatalogue.CATALOGUE,
        request("seedance-2.0", 8, "720p", "16:9", false));
    assertEquals("8 s × 0.1 USD/s (720p) = 80 credits of 0.01 USD", e.basis());
    assertEquals(0.8, e.usd());
  }

  @ParameterizedTest(name = "seedanceapi {0} {1} s audio={2}: {3} credits")
  @CsvSource({"480p, 4, false, 8", "480p, 4, true, 14", "480p, 12, true, 38", "720p, 8, false, 28",
      "720p, 8, true, 56", "720p, 12, true, 84"})
  void seedanceApiReadsTheCreditTableAudioIncluded(String resolution, int seconds, boolean audio, long credits) {
    CostEstimate e = CostEstimator.estimate(SeedanceApiCatalogue.CATALOGUE,
        request("seedance-2.0", seconds, resolution, "9:16", audio));
    assertEquals(credits, e.amount());
    assertEquals("credits", e.unit());
    assertEquals(credits * 0.005, e.usd(), 1e-12, "1 credit = 0.005 USD (seed 001)");
  }

  @ParameterizedTest(name = "seedance2ai {0} {1} {2} s: {3} credits")
  @CsvSource({"seedance-2.0, 720p, 5, 30", "seedance-2.0, 1080p, 10, 120", "seedance-2.0-mini, 720p, 15, 60",
      "seedance-2.0-pro, 4k, 4, 160", "seedance-2.0-pro, 1080p-plus, 8, 240"})
  void seedance2AiBillsCreditsPerSecond(String model, String resolution, int seconds, long credits) {
    CostEstimate withAudio = CostEstimator.estimate(Seedance2AiCatalogue.CATALOGUE,
        request(model, seconds, resolution, "adaptive", true));
    assertEquals(credits, withAudio.amount());
    assertNull(withAudio.usd(), "seed 003 gives no USD rate");
    assertEquals(withAudio, CostEstimator.estimate(Seedance2AiCatalogue.CATALOGUE,
        request(model, seconds, resolution, "adaptive", false)), "audio included in the price");
  }

  @Test
  void seedance2AiExampleOfTheSeed() {
    CostEstimate e = CostEstimator.estimate(Seedance2AiCatalogue.CATALOGUE,
        request("seedance-2.0", 5, "720p", "16:9", false));
    assertEquals(30, e.amount(), "seed 003: credits_used 30 for standard, 720p, 5 s");
    assertEquals("5 s × 6 credits/s (seedance-2.0, 720p)", e.basis());
  }

  @ParameterizedTest(name = "unified {0} {1} s filter={2}: {3} credits")
  @CsvSource(value = {"480p, 4, null, 40", "720p, 8, true, 160", "720p, 8, false, 176", "1080p, 15, false, 660",
      "480p, 7, false, 77"}, nullValues = "null")
  void unifiedBillsContentFilterOffAtOnePointOne(String resolution, int seconds, Boolean filter, long credits) {
    CostEstimate e = CostEstimator.estimate(UnifiedCatalogue.CATALOGUE, request("seedance-2.0-text-to-video",
        seconds, resolution, "16:9", true, List.of(), new GenerationOptions(null, null, null, null, null, filter)));
    assertEquals(credits, e.amount());
    assertEquals("credits", e.unit());
    assertNull(e.usd());
  }

  @Test
  void unifiedBasisNamesTheMultiplier() {
    CostEstimate e = CostEstimator.estimate(UnifiedCatalogue.CATALOGUE, request("seedance-2.0-text-to-video", 8,
        "720p", "16:9", false, List.of(), new GenerationOptions(null, null, null, null, null, false)));
    assertEquals("8 s × 20 credits/s (720p) × 1.1 content filter off", e.basis());
    assertEquals(176, e.amount(), "8 × 20 × 1.1 in exact decimals, not 176.00000000000003 rounded up to 177");
  }

  @Test
  void arkTokensWithoutReferenceVideo() {
    CostEstimate e = CostEstimator.estimate(ArkCatalogue.CATALOGUE,
        request(ArkCatalogue.SEEDANCE_2_0, 4, "720p", "16:9", true));
    assertEquals(86_400, e.amount(), "4 × 1280 × 720 × 24 / 1024");
    assertEquals("tokens", e.unit());
    assertEquals(Math.ceil(86_400 * 46.0 / 7) / 1_000_000, e.usd(), 1e-6);
    assertTrue(e.basis().startsWith("(4 s) × 21600 tokens/s (720p, 16:9, 24 fps)"), e.basis());
  }

  @Test
  void arkTokensWithAReferenceVideoAssumeTheDocumentedCap() {
    GenerationRequest r = request(ArkCatalogue.SEEDANCE_2_0, 5, "480p", "16:9", false,
        List.of("https://v.example/a.mp4"), GenerationOptions.NONE);
    CostEstimate assumed = CostEstimator.estimate(ArkCatalogue.CATALOGUE, r);
    assertEquals((15 + 5) * 10_044, assumed.amount(), "(15 s input + 5 s) × 864 × 496 × 24 / 1024");
    assertTrue(assumed.basis().contains("15 s input video (assumed)"), assumed.basis());
    assertEquals(Math.ceil(assumed.amount() * 28.0 / 7) / 1_000_000, assumed.usd(), 1e-6, "video-input rate");

    CostEstimate known = CostEstimator.estimate(ArkCatalogue.CATALOGUE, r, 5);
    assertEquals((5 + 5) * 10_044, known.amount());
    assertTrue(known.basis().startsWith("(5 s input video + 5 s)"), known.basis());
  }

  @Test
  void arkRoundsFractionalTokensUp() {
    CostEstimate e = CostEstimator.estimate(ArkCatalogue.CATALOGUE,
        request(ArkCatalogue.SEEDANCE_2_0, 5, "720p", "4:3", false));
    // 1112 × 834 × 24 / 1024 = 21736.125 tokens per second; × 5 = 108680.625
    assertEquals(108_681, e.amount());
  }

  @Test
  void arkAdaptiveIsPricedAsSixteenByNine() {
    assertEquals(CostEstimator.estimate(ArkCatalogue.CATALOGUE, request(ArkCatalogue.SEEDANCE_2_0, 6, "1080p", "16:9", true)).amount(),
        CostEstimator.estimate(ArkCatalogue.CATALOGUE, request(ArkCatalogue.SEEDANCE_2_0, 6, "1080p", "adaptive", true)).amount());
  }

  @Test
  void arkOnePointFiveProUsdDependsOnAudioAndFlex() {
    GenerationRequest silent = request(ArkCatalogue.SEEDANCE_1_5_PRO, 5, "720p", "16:9", false);
    GenerationRequest flex = request(ArkCatalogue.SEEDANCE_1_5_PRO, 5, "720p", "16:9", true, List.of(),
        new GenerationOptions(null, null, "flex", null, null, null));
    double tokens = 5 * 21_600;
    assertEquals(tokens * 1.2 / 1_000_000, CostEstimator.estimate(ArkCatalogue.CATALOGUE, silent).usd(), 1e-9);
    assertEquals(tokens * 2.4 / 2 / 1_000_000, CostEstimator.estimate(ArkCatalogue.CATALOGUE, flex).usd(), 1e-9);
  }

  @Test
  void openAiVideosHasNoPriceList() {
    CostEstimate e = CostEstimator.estimate(OpenAiVideosCatalogue.CATALOGUE,
        request("seedance-2.0", 8, "720p", "16:9", true));
    assertEquals(new CostEstimate(0, "credits", null, CostEstimator.NO_PRICE_LIST), e);
  }

  @Test
  void unpricedFieldsAreNamed() {
    assertEquals("resolution", assertThrows(UnpricedRequestException.class, () -> CostEstimator.estimate(
        UnifiedCatalogue.CATALOGUE, request("seedance-2.0-text-to-video", 8, "4k", "16:9", false))).field());
    assertEquals("resolution", assertThrows(UnpricedRequestException.class, () -> CostEstimator.estimate(
        SeedanceApiCatalogue.CATALOGUE, request("seedance-2.0", 8, "1080p", "16:9", false))).field());
    assertEquals("durationSeconds", assertThrows(UnpricedRequestException.class, () -> CostEstimator.estimate(
        SeedanceApiCatalogue.CATALOGUE, request("seedance-2.0", 5, "720p", "16:9", false))).field());
    assertEquals("aspectRatio", assertThrows(UnpricedRequestException.class, () -> CostEstimator.estimate(
        ArkCatalogue.CATALOGUE, request(ArkCatalogue.SEEDANCE_2_0, 5, "720p", "9:21", false))).field());
    assertEquals("model", assertThrows(UnpricedRequestException.class, () -> CostEstimator.estimate(
        OpenApiCatalogue.CATALOGUE, request("seedance-9", 5, "720p", "16:9", false))).field());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CostEstimator.estimate(
        ArkCatalogue.CATALOGUE, request(ArkCatalogue.SEEDANCE_2_0, 5, "720p", "16:9", false), -1));
    assertTrue(e.getMessage().startsWith("referenceVideoUrls: "), e.getMessage());
  }

  @Test
  void theBasisIgnoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("8 s × 0.1 USD/s (720p) = 80 credits of 0.01 USD", CostEstimator.estimate(
          OpenApiCatalogue.CATALOGUE, request("seedance-2.0", 8, "720p", "16:9", false)).basis());
    } finally {
      Locale.setDefault(before);
    }
  }
}
