package io.seedancerunner.workflows.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ark}, the upstream BytePlus ModelArk video generation API the resellers wrap. There is no
 * seed document; the figures come from the public BytePlus / Volcengine Ark references:
 * <ul>
 *   <li>create task: https://docs.byteplus.com/en/docs/ModelArk/1520757 (models, {@code content[]}
 *       roles, ratios, {@code service_tier}, {@code execution_expires_after} 3600..259200, the
 *       120-queued-tasks limit);</li>
 *   <li>model ids: the BytePlus model list as mirrored at
 *       https://docs.powertokens.ai/en/zmodelVideo/byteplus/seedance/seedance-video
 *       ({@code dreamina-seedance-2-0-260128}, {@code dreamina-seedance-2-0-fast-260128},
 *       {@code seedance-1-5-pro-251215});</li>
 *   <li>billing: https://docs.byteplus.com/en/docs/ModelArk/1544106 (cost = tokens × price per
 *       token) and the Seedance 2.0 billing note mirrored at
 *       https://docs.ai-tokenhub.com/en/api-guides/Doubao-Seedance-2.0-Billing-Instructions
 *       (tokens = (input video seconds + output seconds) × width × height × fps / 1024).</li>
 * </ul>
 *
 * <p>Models: Seedance 2.0 and 2.0 fast take 4..15 s (2.0 fast has no 1080p); Seedance 1.5 pro
 * takes 4..12 s (https://novita.ai/docs/api-reference/model-apis-seedance-v1.5-pro-t2v). Per-model
 * rules the catalogue cannot express are the provider's to refuse ({@code InvalidParameter}): the
 * 2.0 models take neither {@code service_tier=flex} nor {@code camera_fixed}; only the 2.0 models
 * take reference images, videos and audio; first frame, first + last frame and multimodal
 * reference are mutually exclusive; at most 3 reference videos and 3 reference audios.
 *
 * <p>Prompt: the docs recommend at most 500 Chinese characters or 1000 English words and no hard
 * limit: 1..5000 characters chosen. The text item may be left out beside a visual input (docs:
 * "text prompt (optional)"). Images: at most 9 reference images, or first + last frame (2):
 * {@code limits(9, 15)} = 9 images, 9 + 3 + 3 references.
 *
 * <p>Prices: unit {@code tokens}; key = {@code <resolution>/<ratio>}, value = tokens per second of
 * output at 24 fps with the simulator's pixel sizes (seed 004's table), so a clip costs
 * {@code (input video seconds + duration) × value}. {@link #USD_PER_MILLION_TOKENS} gives the rate
 * per model; {@code usdPerUnit} is the rate of {@link #SEEDANCE_2_0} without video input. The
 * BytePlus pricing page lists no Seedance 2.0 USD figure that we could read, so the rates are
 * chosen: the Volcengine list prices (46 / 28 CNY per million tokens for 2.0 without / with video
 * input, 37 / 22 for 2.0 fast) at 7 CNY per USD, as
 * https://crazyrouter.com/en/blog/seedance-2-0-actual-output-token-billing-explained converts them;
 * Seedance 1.5 pro 2.4 (audio) / 1.2 (silent) USD per million tokens online, half on {@code flex}
 * (https://doc-en.302.ai/344157192e0).
 */
public final class ArkCatalogue {

  /** Seedance 2.0 (standard). */
  public static final String SEEDANCE_2_0 = "dreamina-seedance-2-0-260128";
  /** Seedance 2.0 fast: 480p and 720p only. */
  public static final String SEEDANCE_2_0_FAST = "dreamina-seedance-2-0-fast-260128";
  /** Seedance 1.5 pro: 4..12 s, first frame and first + last frame only, takes {@code flex}. */
  public static final String SEEDANCE_1_5_PRO = "seedance-1-5-pro-251215";

  /** Frames per second of every Seedance output (docs: "Fixed 24 fps"). */
  public static final int FPS = 24;

  /**
   * USD per million tokens, chosen (see the class comment). Keys: {@code <model>} and
   * {@code <model>/video-input} for the 2.0 models, {@code <model>/audio} and
   * {@code <model>/silent} for 1.5 pro (online; {@code flex} costs half).
   */
  public static final Map<String, Double> USD_PER_MILLION_TOKENS = Map.of(
      SEEDANCE_2_0, 46.0 / 7,
      SEEDANCE_2_0 + "/video-input", 28.0 / 7,
      SEEDANCE_2_0_FAST, 37.0 / 7,
      SEEDANCE_2_0_FAST + "/video-input", 22.0 / 7,
      SEEDANCE_1_5_PRO + "/audio", 2.4,
      SEEDANCE_1_5_PRO + "/silent", 1.2);

  /** The catalogue. */
  public static final DialectCatalogue CATALOGUE = DialectCatalogue.builder("ark",
          "BytePlus ModelArk, https://docs.byteplus.com/en/docs/ModelArk/1520757")
      .models(
          new ModelSpec(SEEDANCE_2_0, ModelSpec.FOUR_TO_FIFTEEN, ModelSpec.ALL_RESOLUTIONS),
          new ModelSpec(SEEDANCE_2_0_FAST, ModelSpec.FOUR_TO_FIFTEEN, List.of("480p", "720p")),
          new ModelSpec(SEEDANCE_1_5_PRO, List.of(4, 5, 6, 7, 8, 9, 10, 11, 12), ModelSpec.ALL_RESOLUTIONS))
      .aspectRatios("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive")
      .prompt(1, 5000)
      .promptOptionalWithVisualInput()
      .inputs(Input.FIRST_FRAME, Input.LAST_FRAME, Input.REFERENCE_IMAGES, Input.REFERENCE_VIDEOS,
          Input.REFERENCE_AUDIO)
      .options(Option.AUDIO, Option.FIXED_LENS, Option.SEED, Option.WATERMARK, Option.RETURN_LAST_FRAME,
          Option.EXECUTION_EXPIRES_AFTER)
      .serviceTiers("default", "flex")
      .limits(9, 15)
      .cancel()
      .listsTasks()
      .returnsLastFrame()
      .prices("tokens", tokensPerSecond(), USD_PER_MILLION_TOKENS.get(SEEDANCE_2_0) / 1_000_000)
      .build();

  private ArkCatalogue() {}

  /**
   * @return {@code <resolution>/<ratio>} → tokens per second of output: width × height × 24 / 1024
   *     with seed 004's pixel sizes ({@code adaptive} is priced as 16:9, the simulator's choice)
   */
  private static Map<String, Double> tokensPerSecond() {
    int[][] sizes = {
        // ratio order: 16:9, 4:3, 1:1, 3:4, 9:16, 21:9; per ratio: 480p w,h, 720p w,h, 1080p w,h
        {864, 496, 1280, 720, 1920, 1080},
        {752, 560, 1112, 834, 1664, 1248},
        {640, 640, 960, 960, 1440, 1440},
        {560, 752, 834, 1112, 1248, 1664},
        {496, 864, 720, 1280, 1080, 1920},
        {992, 432, 1470, 630, 2206, 946}};
    String[] ratios = {"16:9", "4:3", "1:1", "3:4", "9:16", "21:9"};
    String[] resolutions = {"480p", "720p", "1080p"};
    Map<String, Double> table = new HashMap<>();
    for (int r = 0; r < ratios.length; r++) {
      for (int q = 0; q < resolutions.length; q++) {
        double tokens = (double) sizes[r][2 * q] * sizes[r][2 * q + 1] * FPS / 1024;
        table.put(resolutions[q] + "/" + ratios[r], tokens);
        if (r == 0) {
          table.put(resolutions[q] + "/adaptive", tokens);
        }
      }
    }
    return table;
  }
}
