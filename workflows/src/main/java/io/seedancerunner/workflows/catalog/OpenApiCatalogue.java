package io.seedancerunner.workflows.catalog;

import java.util.Map;

/**
 * {@code open-api}, seed 000 and the request body in docs/providers/open-api.md.
 *
 * <p>Prices: key = resolution, value = USD per second of output (the models endpoint example).
 * Prompt limits are not documented: 1..5000 characters chosen. Images travel in
 * {@code mediaUrls} (first frame, then references); the count is not documented: 4 chosen. No
 * audio, no fixed lens, no last frame field in the documented body.
 *
 * <p>Billing unit: the provider reports {@code creditsCharged} (docs/providers/open-api.md: a submit answers
 * {@code "creditsCharged":40}) but publishes prices in USD. We read one credit as one US cent
 * ({@link #USD_PER_CREDIT}, chosen): it makes the README's 40 a whole price (480p × 8 s = 0.40
 * USD) and is the simulator's rule, so estimates, reservations and captures share one unit.
 */
public final class OpenApiCatalogue {

  /** USD per credit of {@code creditsCharged}: one US cent (chosen, see the class comment). */
  public static final double USD_PER_CREDIT = 0.01;

  /** The catalogue. */
  public static final DialectCatalogue CATALOGUE = DialectCatalogue.builder("open-api", "docs/providers/open-api.md")
      .models(
          new ModelSpec("seedance-2.0", ModelSpec.FOUR_TO_FIFTEEN, ModelSpec.ALL_RESOLUTIONS),
          new ModelSpec("seedance-2.0-fast", ModelSpec.FOUR_TO_FIFTEEN, ModelSpec.ALL_RESOLUTIONS),
          new ModelSpec("seedance-1.5-pro", java.util.List.of(5, 10), ModelSpec.ALL_RESOLUTIONS))
      .aspectRatios("16:9", "9:16", "1:1")
      .prompt(1, 5000)
      .inputs(Input.FIRST_FRAME, Input.REFERENCE_IMAGES)
      .limits(4, 3)
      .cancel()
      .prices("USD", Map.of("480p", 0.05, "720p", 0.1, "1080p", 0.2), 1.0)
      .build();

  private OpenApiCatalogue() {}
}
