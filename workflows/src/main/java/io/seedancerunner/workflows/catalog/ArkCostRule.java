package io.seedancerunner.workflows.catalog;

import io.seedancerunner.workflows.model.GenerationRequest;
import java.math.BigDecimal;

/**
 * The {@code ark} price rule (sources in {@link ArkCatalogue}): tokens =
 * {@code (input video seconds + output seconds) × width × height × 24 / 1024}, rounded up to a
 * whole token. The catalogue's prices hold {@code width × height × 24 / 1024} per
 * {@code <resolution>/<ratio>} ({@code adaptive} priced as 16:9, as the simulator renders it).
 *
 * <p>Input video seconds: the workflow cannot probe media, so unless the caller gives the total,
 * a request with any reference video is priced with {@value #MAX_INPUT_VIDEO_SECONDS} s of input,
 * the documented cap on the total length of a task's reference videos (Seedance 2.0: at most 3
 * videos, 15 s in all; https://docs.byteplus.com/en/docs/ModelArk/1520757) — an upper bound. The
 * simulator takes each reference video as {@code simulator.ark.reference-video-seconds} (5 s),
 * capped at 15 s, so its charge is lower there unless the caller passes that figure.
 *
 * <p>Not covered: real answers have shown one frame more than the formula (97 frames for 4 s,
 * 87300 tokens instead of 86400; noted in the simulator's {@code ArkModels}), about 1% above this
 * estimate; and the minimum charge the docs mention for video inputs.
 *
 * <p>USD: {@link ArkCatalogue#USD_PER_MILLION_TOKENS} per model: the {@code /video-input} rate
 * for a 2.0 model given reference videos; for 1.5 pro the {@code /audio} or {@code /silent} rate,
 * halved on {@code serviceTier=flex}.
 */
final class ArkCostRule {

  /** Seconds of input video assumed for a request with reference videos of unknown length. */
  static final int MAX_INPUT_VIDEO_SECONDS = 15;

  private ArkCostRule() {}

  /**
   * @param cat               the ark catalogue
   * @param r                 the request
   * @param inputVideoSeconds total reference video length in seconds, or null to assume
   * @return tokens, with USD where a rate is known
   * @throws UnpricedRequestException for a resolution or ratio without a token rate, or a negative
   *     {@code inputVideoSeconds}
   */
  static CostEstimate estimate(DialectCatalogue cat, GenerationRequest r, Integer inputVideoSeconds) {
    CostEstimator.requireRow(cat, r.resolution() + "/", "resolution");
    double perSecond = CostEstimator.price(cat, r.resolution() + "/" + r.aspectRatio(), "aspectRatio");
    boolean videos = !r.referenceVideoUrls().isEmpty();
    int input = inputVideoSeconds != null ? inputVideoSeconds : videos ? MAX_INPUT_VIDEO_SECONDS : 0;
    if (input < 0) {
      throw new UnpricedRequestException("referenceVideoUrls", "input video seconds must be 0 or more, not " + input);
    }
    BigDecimal tokens = Figures.wholeUp(Figures.exact(perSecond).multiply(BigDecimal.valueOf(input + r.durationSeconds())));
    Double usdPerMillion = usdPerMillionTokens(r, videos);
    Double usd = usdPerMillion == null ? null : Figures.usd(tokens, usdPerMillion / 1_000_000);
    String inputText = input == 0 ? "" : input + " s input video" + (inputVideoSeconds == null ? " (assumed)" : "") + " + ";
    String basis = "(" + inputText + r.durationSeconds() + " s) × " + Figures.text(perSecond) + " tokens/s ("
        + r.resolution() + ", " + r.aspectRatio() + ", " + ArkCatalogue.FPS + " fps)"
        + (usdPerMillion == null ? "" : " × " + Figures.text(usdPerMillion) + " USD per million tokens");
    return new CostEstimate(tokens.doubleValue(), cat.priceUnit(), usd, basis);
  }

  /** @return the USD rate per million tokens for this request, or null when none is listed */
  private static Double usdPerMillionTokens(GenerationRequest r, boolean videos) {
    if (ArkCatalogue.SEEDANCE_1_5_PRO.equals(r.model())) {
      Double rate = ArkCatalogue.USD_PER_MILLION_TOKENS.get(r.model() + (r.generateAudio() ? "/audio" : "/silent"));
      return rate != null && "flex".equals(r.options().serviceTier()) ? rate / 2 : rate;
    }
    return ArkCatalogue.USD_PER_MILLION_TOKENS.get(r.model() + (videos ? "/video-input" : ""));
  }
}
