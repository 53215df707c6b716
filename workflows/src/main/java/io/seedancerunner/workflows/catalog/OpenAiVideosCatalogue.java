package io.seedancerunner.workflows.catalog;

import java.util.List;
import java.util.Map;

/**
 * {@code openai-videos}, seed 002 (an OpenAI-SDK-compatible gateway, {@code POST /v1/videos}).
 *
 * <p>From the seed: models {@code seedance-2.0} and {@code seedance-2.0-fast} ("does not support
 * 1080p"); durations 4..15 s; aspect ratios 16:9, 4:3, 1:1, 3:4, 9:16, 21:9 and {@code adaptive}
 * ("follows the input image"); the prompt may be left out beside a visual input ("at least one of
 * prompt or a visual input is required"); inputs: first frame ({@code image}, or a
 * {@code metadata.content[]} image with role {@code first_frame}), last frame (role
 * {@code last_frame}), reference images ({@code images}, or role {@code reference_image}), video
 * continuation ({@code video_url} items) and audio-driven video ({@code audio_url} items); options
 * {@code generate_audio}, {@code seed}, {@code watermark}, {@code service_tier}
 * (auto|default|priority), {@code return_last_frame}, {@code execution_expires_after}. No fixed
 * lens: the seed says {@code camera_fixed} is "not effective on the seedance-2.0 series". No cancel
 * endpoint; task creation "is not idempotent", and there is no task list.
 *
 * <p>Chosen where the seed is silent: prompt 1..5000 characters; at most 9 images (first, last and
 * references together) and 12 references of every kind together.
 *
 * <p>Prices: the seed gives none, so the table is empty (unit {@code credits}, no USD rate).
 */
public final class OpenAiVideosCatalogue {

  /** The catalogue. */
  public static final DialectCatalogue CATALOGUE = DialectCatalogue.builder("openai-videos", "docs/providers/openai-videos.md")
      .models(
          new ModelSpec("seedance-2.0", ModelSpec.FOUR_TO_FIFTEEN, ModelSpec.ALL_RESOLUTIONS),
          new ModelSpec("seedance-2.0-fast", ModelSpec.FOUR_TO_FIFTEEN, List.of("480p", "720p")))
      .aspectRatios("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive")
      .prompt(1, 5000)
      .promptOptionalWithVisualInput()
      .inputs(Input.FIRST_FRAME, Input.LAST_FRAME, Input.REFERENCE_IMAGES, Input.REFERENCE_VIDEOS,
          Input.REFERENCE_AUDIO)
      .options(Option.AUDIO, Option.SEED, Option.WATERMARK, Option.RETURN_LAST_FRAME,
          Option.EXECUTION_EXPIRES_AFTER)
      .serviceTiers("auto", "default", "priority")
      .limits(9, 12)
      .returnsLastFrame()
      .prices("credits", Map.of(), null)
      .build();

  private OpenAiVideosCatalogue() {}
}
