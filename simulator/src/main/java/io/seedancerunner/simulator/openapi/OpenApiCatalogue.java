package io.seedancerunner.simulator.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What open-api accepts (seed 000 "Available Models", "Supported aspect ratios" and the models
 * endpoint example; request body from docs/providers/open-api.md). Where the seed is silent we follow the
 * project's catalogue ({@code io.seedancerunner.workflows.catalog.Catalogues.OPEN_API}): prompt
 * 1..5000 characters, at most 4 {@code mediaUrls}.
 *
 * <p>Charge rule (ours, the seed gives prices only in USD): {@code creditsCharged} is the
 * price in US cents, {@code round(usdPerSecond[resolution] × duration × 100)}; for example
 * 720p for 5 s = 0.1 × 5 × 100 = 50 credits. The seed prices only {@code seedance-2.0}; the
 * simulator uses that table for every model.
 */
final class OpenApiCatalogue {

  static final String DEFAULT_MODEL = "seedance-2.0";
  static final String DEFAULT_ASPECT_RATIO = "16:9";
  static final String DEFAULT_RESOLUTION = "720p";
  static final int DEFAULT_DURATION = 5;
  static final int PROMPT_MAX = 5000;
  static final int MEDIA_MAX = 4;

  private static final List<Integer> FOUR_TO_FIFTEEN = IntStream.rangeClosed(4, 15).boxed().toList();

  /** Model id to allowed durations, in seconds. */
  static final Map<String, List<Integer>> MODELS = new LinkedHashMap<>();

  static {
    MODELS.put("seedance-2.0", FOUR_TO_FIFTEEN);
    MODELS.put("seedance-2.0-fast", FOUR_TO_FIFTEEN);
    MODELS.put("seedance-1.5-pro", List.of(5, 10));
  }

  static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "1:1");
  static final List<String> RESOLUTIONS = List.of("480p", "720p", "1080p");
  /** Resolution to USD per second of output. */
  static final Map<String, Double> USD_PER_SECOND = Map.of("480p", 0.05, "720p", 0.1, "1080p", 0.2);

  private OpenApiCatalogue() {}

  /**
   * @param resolution a supported resolution
   * @param seconds    duration
   * @return the charge in credits (US cents)
   */
  static long credits(String resolution, int seconds) {
    return Math.round(USD_PER_SECOND.get(resolution) * seconds * 100);
  }

  /** @return the body of {@code GET /models}, shaped like the seed's example */
  static ObjectNode modelsBody() {
    ObjectNode root = Json.object().put("success", true);
    ArrayNode data = root.putArray("data");
    MODELS.forEach((id, durations) -> {
      ObjectNode m = data.addObject();
      m.put("id", id);
      m.put("type", "video_generation");
      m.put("mode", "image_to_video");
      durations.forEach(m.putArray("durations")::add);
      ASPECT_RATIOS.forEach(m.putArray("aspectRatios")::add);
      RESOLUTIONS.forEach(m.putArray("resolutions")::add);
      ObjectNode prices = m.putObject("usdPerSecond");
      RESOLUTIONS.forEach(r -> prices.put(r, USD_PER_SECOND.get(r)));
    });
    return root;
  }
}
