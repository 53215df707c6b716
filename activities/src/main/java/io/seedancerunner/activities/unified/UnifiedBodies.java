package io.seedancerunner.activities.unified;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;

/**
 * Builds the {@code unified} submit body (seed 004; field names from the same provider's public
 * reference, since the seed was cut off before them):
 *
 * <pre>
 * {"model":"seedance-2.0-text-to-video","prompt":"...","duration":5,"quality":"720p",
 *  "aspect_ratio":"16:9","generate_audio":false,"content_filter":false,"callback_url":"https://..."}
 * </pre>
 *
 * <p>{@code quality} carries the resolution. {@code generate_audio} is always sent, because the
 * provider's default is true and ours is false; {@code content_filter} only when the request sets
 * it (the provider's default, on, applies otherwise). {@code callback_url} only when it is usable
 * (see {@link UnifiedCallbacks}); else the job polls. Values are otherwise sent as given.
 */
final class UnifiedBodies {

  /** The one model of seed 004. */
  static final String MODEL = "seedance-2.0-text-to-video";

  private UnifiedBodies() {}

  /**
   * @param mapper      object mapper
   * @param account     account name, for refusals
   * @param r           the request
   * @param callbackUrl the job's webhook URL, or {@code null}
   * @return the JSON body
   * @throws io.temporal.failure.ApplicationFailure non-retryable, before anything is sent, for
   *     another model, any image, video or audio input (seed 004: "text-to-video only"), a fixed
   *     lens or a provider option other than the content filter: the body has no field for them
   */
  static ObjectNode submit(ObjectMapper mapper, String account, GenerationRequest r, String callbackUrl) {
    if (!MODEL.equals(r.model())) {
      throw ProviderErrors.unsupported(account, "unsupported_model", "unified runs only " + MODEL + ", not '" + r.model() + "'");
    }
    if (r.hasVisualInput()) {
      throw ProviderErrors.unsupported(account, "unsupported_input",
          "unified's model is text-to-video only: no image, video or audio input");
    }
    if (r.fixedLens()) {
      throw ProviderErrors.unsupported(account, "unsupported_input", "unified has no fixed lens field");
    }
    GenerationOptions o = r.options();
    if (!new GenerationOptions(null, null, null, null, null, o.contentFilter()).equals(o)) {
      throw ProviderErrors.unsupported(account, "unsupported_option", "unified takes no option but the content filter");
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("model", MODEL);
    body.put("prompt", r.prompt());
    body.put("duration", r.durationSeconds());
    body.put("quality", r.resolution());
    body.put("aspect_ratio", r.aspectRatio());
    body.put("generate_audio", r.generateAudio());
    if (o.contentFilter() != null) {
      body.put("content_filter", o.contentFilter());
    }
    String callback = UnifiedCallbacks.usable(callbackUrl);
    if (callback != null) {
      body.put("callback_url", callback);
    }
    return body;
  }
}
