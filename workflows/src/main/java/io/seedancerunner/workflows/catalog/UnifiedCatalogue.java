package io.seedancerunner.workflows.catalog;

import java.util.Map;

/**
 * {@code unified}, seed 004 (cut short; endpoints and task shape in docs/providers/unified.md). One model,
 * {@code seedance-2.0-text-to-video}: text only, no image, video or audio input (seed). Durations
 * 4..15 s, resolutions 480p/720p/1080p, aspect ratios 16:9, 9:16, 1:1, 4:3, 3:4, 21:9 and
 * {@code adaptive} (seed). Options: {@code generate_audio} (default true, no extra charge) and the
 * content filter (default on; off is billed 1.1x). Cancel: the seed's task shape has
 * {@code task_info.can_cancel}; the endpoint is our choice ({@code POST /v1/tasks/{task_id}/cancel}).
 *
 * <p>The prompt limit is not a hard one in the seed ("recommended no more than 500 characters for
 * Chinese or 1000 words for English"): 1..5000 characters chosen.
 *
 * <p>Prices: key = resolution, value = credits per second of output; key
 * {@code content-filter-off} = the multiplier when the filter is off (1.1, documented). The seed
 * bills "per second" but gives no figure: 10, 20 and 40 credits per second are chosen (round
 * numbers so that 1.1x stays a whole number of credits); the credit's USD rate is not documented.
 */
public final class UnifiedCatalogue {

  /** The catalogue. */
  public static final DialectCatalogue CATALOGUE = DialectCatalogue.builder("unified", "docs/providers/unified.md")
      .models(new ModelSpec("seedance-2.0-text-to-video", ModelSpec.FOUR_TO_FIFTEEN, ModelSpec.ALL_RESOLUTIONS))
      .aspectRatios("16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive")
      .prompt(1, 5000)
      .options(Option.AUDIO, Option.CONTENT_FILTER)
      .cancel()
      .prices("credits", Map.of("480p", 10.0, "720p", 20.0, "1080p", 40.0, "content-filter-off", 1.1), null)
      .build();

  private UnifiedCatalogue() {}
}
