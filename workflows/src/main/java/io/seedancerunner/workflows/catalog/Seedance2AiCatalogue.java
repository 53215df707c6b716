package io.seedancerunner.workflows.catalog;

import java.util.List;
import java.util.Map;

/**
 * {@code seedance2ai}, seed 003. The API has no model field: it takes a {@code quality_tier}. Our
 * model ids map onto it (our choice): {@code seedance-2.0} = {@code standard} (the seed's default
 * tier), {@code seedance-2.0-mini} = {@code mini}, {@code seedance-2.0-pro} = {@code pro}.
 * Resolutions 720p and 1080p on every tier, 1080p-plus and 4k on pro only (seed). Durations 4..15 s,
 * sent as strings. Prompt 3..10000 characters (seed).
 *
 * <p>Inputs (seed "Parameters"): the first frame ({@code image_url}), the last frame
 * ({@code end_image_url}) and up to 12 {@code media_urls} (image or video references together).
 * Limits: 12 references; 14 images in all (first + last + 12 reference images). Options:
 * {@code generate_audio}, {@code fixed_lens}, {@code seed}. The submit takes an
 * {@code Idempotency-Key}; a finished task carries {@code output.last_frame_url}. No cancel
 * endpoint, no callback field: the dialect is poll-only.
 *
 * <p>Prices: key = {@code <model>/<resolution>}, value = credits per second of output, audio
 * included. Documented: {@code seedance-2.0/720p} = 6 (the seed's example charges
 * {@code credits_used: 30} for standard, 720p, 5 s). Chosen (the seed gives no other figure):
 * 1080p = 2x 720p; mini = 2/3 of standard; pro 720p = 10, 1080p = 20, 1080p-plus = 30, 4k = 40.
 * The credit's USD rate is not documented.
 */
public final class Seedance2AiCatalogue {

  /** 720p and 1080p: the resolutions of every tier. */
  private static final List<String> BASE_RESOLUTIONS = List.of("720p", "1080p");

  /** The catalogue. */
  public static final DialectCatalogue CATALOGUE = DialectCatalogue.builder("seedance2ai", "docs/providers/seedance2ai.md")
      .models(
          new ModelSpec("seedance-2.0", ModelSpec.FOUR_TO_FIFTEEN, BASE_RESOLUTIONS),
          new ModelSpec("seedance-2.0-mini", ModelSpec.FOUR_TO_FIFTEEN, BASE_RESOLUTIONS),
          new ModelSpec("seedance-2.0-pro", ModelSpec.FOUR_TO_FIFTEEN, List.of("720p", "1080p", "1080p-plus", "4k")))
      .aspectRatios("1:1", "21:9", "4:3", "3:4", "16:9", "9:16", "adaptive")
      .prompt(3, 10000)
      .inputs(Input.FIRST_FRAME, Input.LAST_FRAME, Input.REFERENCE_IMAGES, Input.REFERENCE_VIDEOS)
      .options(Option.AUDIO, Option.FIXED_LENS, Option.SEED)
      .limits(14, 12)
      .idempotentSubmit()
      .returnsLastFrame()
      .prices("credits", Map.of(
          "seedance-2.0/720p", 6.0, "seedance-2.0/1080p", 12.0,
          "seedance-2.0-mini/720p", 4.0, "seedance-2.0-mini/1080p", 8.0,
          "seedance-2.0-pro/720p", 10.0, "seedance-2.0-pro/1080p", 20.0,
          "seedance-2.0-pro/1080p-plus", 30.0, "seedance-2.0-pro/4k", 40.0), null)
      .build();

  private Seedance2AiCatalogue() {}
}
