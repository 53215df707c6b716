package io.seedancerunner.activities.seedance2ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.Map;

/**
 * Builds the {@code seedance2ai} submit body (seed 003, "Parameters"):
 *
 * <pre>
 * {"mode":"text-to-video","quality_tier":"standard","prompt":"...","aspect_ratio":"16:9",
 *  "duration":"5","resolution":"720p","generate_audio":false,"fixed_lens":false,
 *  "image_url":"...","end_image_url":"...","media_urls":["..."],"seed":42}
 * </pre>
 *
 * <p>Our choices: the model id picks the {@code quality_tier} ({@code seedance-2.0} = standard,
 * {@code seedance-2.0-mini} = mini, {@code seedance-2.0-pro} = pro); {@code channel} is left to its
 * default (standard). The mode follows the inputs: any reference image or video =
 * {@code media-to-video} with {@code media_urls} = the reference images then the reference videos
 * (the first and last frame, when given, still travel in {@code image_url} and
 * {@code end_image_url}); else a first frame = {@code image-to-video}; else
 * {@code text-to-video}. {@code generate_audio} is always sent, because the provider's default is
 * true and ours is false; {@code fixed_lens} too, for the same clarity. The duration travels as a
 * string. There is no callback field: the dialect is poll-only, so the job's webhook URL is never
 * sent. Values are otherwise sent as given; the provider's refusal is classified like any other.
 *
 * <p>The same request always gives the same body (field order included), which the
 * {@code Idempotency-Key} relies on: a repeat with the same key must carry the same body.
 */
final class Seedance2AiBodies {

  /** Model id → quality tier (our choice). */
  static final Map<String, String> TIERS = Map.of(
      "seedance-2.0", "standard", "seedance-2.0-mini", "mini", "seedance-2.0-pro", "pro");

  private Seedance2AiBodies() {}

  /**
   * @param mapper  object mapper
   * @param account account name, for refusals
   * @param r       the request
   * @return the JSON body
   * @throws io.temporal.failure.ApplicationFailure non-retryable, before anything is sent, for an
   *     unknown model, driving audio, a last frame without a first frame, or a seed on the mini tier
   *     (seed 003: "Not supported on the real channel or mini tier")
   */
  static ObjectNode submit(ObjectMapper mapper, String account, GenerationRequest r) {
    String tier = r.model() == null ? null : TIERS.get(r.model());
    if (tier == null) {
      throw ProviderErrors.unsupported(account, "unsupported_model",
          "seedance2ai models are " + TIERS.keySet().stream().sorted().toList() + ", not '" + r.model() + "'");
    }
    if (!r.referenceAudioUrls().isEmpty()) {
      throw ProviderErrors.unsupported(account, "unsupported_input", "seedance2ai takes no audio input");
    }
    if (r.lastFrameUrl() != null && r.firstFrameUrl() == null) {
      throw ProviderErrors.unsupported(account, "unsupported_input", "seedance2ai's end_image_url needs a first frame");
    }
    Long seed = r.options().seed();
    if (seed != null && tier.equals("mini")) {
      throw ProviderErrors.unsupported(account, "unsupported_option", "seedance2ai takes no seed on the mini tier");
    }
    boolean media = !r.referenceImageUrls().isEmpty() || !r.referenceVideoUrls().isEmpty();
    ObjectNode body = mapper.createObjectNode();
    body.put("mode", media ? "media-to-video" : r.firstFrameUrl() != null ? "image-to-video" : "text-to-video");
    body.put("quality_tier", tier);
    body.put("prompt", r.prompt());
    body.put("aspect_ratio", r.aspectRatio());
    body.put("duration", String.valueOf(r.durationSeconds()));
    body.put("resolution", r.resolution());
    body.put("generate_audio", r.generateAudio());
    body.put("fixed_lens", r.fixedLens());
    if (r.firstFrameUrl() != null) {
      body.put("image_url", r.firstFrameUrl());
    }
    if (r.lastFrameUrl() != null) {
      body.put("end_image_url", r.lastFrameUrl());
    }
    if (media) {
      ArrayNode urls = body.putArray("media_urls");
      r.referenceImageUrls().forEach(urls::add);
      r.referenceVideoUrls().forEach(urls::add);
    }
    if (seed != null) {
      body.put("seed", seed);
    }
    return body;
  }
}
