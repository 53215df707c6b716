package io.seedancerunner.activities.seedanceapi;

import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.ArrayList;
import java.util.List;

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
   * @param account     account name, for refusals
   * @param r           the request
   * @param callbackUrl webhook URL or {@code null}
   * @return the typed body, serialized by Jackson
   * @throws io.temporal.failure.ApplicationFailure non-retryable when the request names another
   *     model or has a last frame: the dialect cannot express either
   */
  static SeedanceApiGenerateRequest submit(String account, GenerationRequest r, String callbackUrl) {
    if (r.model() != null && !r.model().equals(MODEL)) {
      throw ProviderErrors.unsupported(account, "unsupported_model",
          "seedanceapi runs only " + MODEL + ", not '" + r.model() + "'");
    }
    if (r.lastFrameUrl() != null) {
      throw ProviderErrors.unsupported(account, "unsupported_input", "seedanceapi has no last frame field");
    }
    List<String> images = new ArrayList<>();
    if (r.firstFrameUrl() != null) {
      images.add(r.firstFrameUrl());
    }
    images.addAll(r.referenceImageUrls());
    return new SeedanceApiGenerateRequest(r.prompt(), r.aspectRatio(), r.resolution(),
        String.valueOf(r.durationSeconds()), r.generateAudio(), r.fixedLens(), images.isEmpty() ? null : images,
        callbackUrl);
  }
}
