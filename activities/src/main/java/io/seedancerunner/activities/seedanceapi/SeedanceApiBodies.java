package io.seedancerunner.activities.seedanceapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.workflows.model.GenerationRequest;

/**
 * Builds the {@code seedanceapi} submit body (seed 001, "API Parameters Reference"):
 *
 * <pre>
 * {"prompt":"...","aspect_ratio":"16:9","resolution":"720p","duration":"8",
 *  "generate_audio":false,"fixed_lens":false,"image_urls":["first frame"],"callback_url":"https://..."}
 * </pre>
 *
 * <p>The duration travels as a string ({@code "4"|"8"|"12"}). There is no model field: the only
 * model is Seedance 2.0. {@code image_urls} carries the first frame followed by any reference
 * images, as given: the provider allows one image and answers {@code TOO_MANY_IMAGES} otherwise,
 * which is more honest than dropping images silently. Values are sent unvalidated; the api
 * validates against the catalogue first.
 */
final class SeedanceApiBodies {

  /** The one model this dialect runs (seed 001). */
  static final String MODEL = "seedance-2.0";

  private SeedanceApiBodies() {}

  /**
   * @param mapper      object mapper
   * @param account     account name, for refusals
   * @param r           the request
   * @param callbackUrl webhook URL or {@code null}
   * @return the JSON body
   * @throws io.temporal.failure.ApplicationFailure non-retryable when the request names another
   *     model or has a last frame: the dialect cannot express either
   */
  static ObjectNode submit(ObjectMapper mapper, String account, GenerationRequest r, String callbackUrl) {
    if (r.model() != null && !r.model().equals(MODEL)) {
      throw ProviderErrors.unsupported(account, "unsupported_model",
          "seedanceapi runs only " + MODEL + ", not '" + r.model() + "'");
    }
    if (r.lastFrameUrl() != null) {
      throw ProviderErrors.unsupported(account, "unsupported_input", "seedanceapi has no last frame field");
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("prompt", r.prompt());
    body.put("aspect_ratio", r.aspectRatio());
    body.put("resolution", r.resolution());
    body.put("duration", String.valueOf(r.durationSeconds()));
    body.put("generate_audio", r.generateAudio());
    body.put("fixed_lens", r.fixedLens());
    if (r.firstFrameUrl() != null || !r.referenceImageUrls().isEmpty()) {
      ArrayNode images = body.putArray("image_urls");
      if (r.firstFrameUrl() != null) {
        images.add(r.firstFrameUrl());
      }
      r.referenceImageUrls().forEach(images::add);
    }
    if (callbackUrl != null) {
      body.put("callback_url", callbackUrl);
    }
    return body;
  }
}
