package io.seedancerunner.activities.openaivideos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;

/**
 * Builds the {@code openai-videos} submit body (seed 002 "Request"):
 *
 * <pre>
 * {"model":"seedance-2.0","prompt":"...","duration":5,
 *  "metadata":{"resolution":"720p","ratio":"16:9","generate_audio":false,"seed":42,"watermark":false,
 *    "service_tier":"default","return_last_frame":true,"execution_expires_after":172800,
 *    "callback_url":"https://...",
 *    "content":[{"type":"image_url","image_url":{"url":"..."},"role":"first_frame"},
 *               {"type":"image_url","image_url":{"url":"..."},"role":"last_frame"},
 *               {"type":"image_url","image_url":{"url":"..."},"role":"reference_image"},
 *               {"type":"video_url","video_url":{"url":"..."}},
 *               {"type":"audio_url","audio_url":{"url":"..."}}]}}
 * </pre>
 *
 * <p>Our choices: the duration travels in the top-level {@code duration} only (it "takes
 * precedence over metadata.duration"). Every image, the first frame included, travels as a
 * {@code metadata.content[]} item with its role rather than in the top-level {@code image} and
 * {@code images}: the seed requires a role "for each image in multi-image inputs" and does not say
 * how {@code image}/{@code images} combine with role-tagged content, so one list with explicit roles
 * is the unambiguous form for every mix (first + last frame, frames + references, images + video
 * or audio). The prompt is left out when empty ("optional when a visual input is provided"). Options
 * are sent only when set; {@code generate_audio} always, so the provider's default never decides.
 * No job id is sent: {@code metadata} is the Seedance parameter container, not free-form. Values
 * are sent unvalidated: the api validates against the catalogue first, and the provider's own
 * refusal is classified like any other.
 */
final class OpenAiVideosBodies {

  private OpenAiVideosBodies() {}

  /**
   * @param mapper      object mapper
   * @param account     account name, for refusals
   * @param r           the request
   * @param callbackUrl webhook URL, or {@code null}; sent as {@code metadata.callback_url}
   * @return the JSON body
   * @throws io.temporal.failure.ApplicationFailure non-retryable, before anything is sent, when the
   *     request asks for a fixed lens ({@code camera_fixed} is "not effective on the seedance-2.0
   *     series", seed 002) or sets unified's content filter
   */
  static ObjectNode submit(ObjectMapper mapper, String account, GenerationRequest r, String callbackUrl) {
    if (r.fixedLens()) {
      throw ProviderErrors.unsupported(account, "unsupported_input",
          "openai-videos: camera_fixed is not effective on the seedance-2.0 series");
    }
    GenerationOptions o = r.options();
    if (o.contentFilter() != null) {
      throw ProviderErrors.unsupported(account, "unsupported_option", "openai-videos has no content filter");
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("model", r.model());
    if (r.prompt() != null && !r.prompt().isBlank()) {
      body.put("prompt", r.prompt());
    }
    body.put("duration", r.durationSeconds());
    ObjectNode meta = body.putObject("metadata");
    meta.put("resolution", r.resolution());
    meta.put("ratio", r.aspectRatio());
    meta.put("generate_audio", r.generateAudio());
    if (o.seed() != null) {
      meta.put("seed", o.seed());
    }
    if (o.watermark() != null) {
      meta.put("watermark", o.watermark());
    }
    if (o.serviceTier() != null) {
      meta.put("service_tier", o.serviceTier());
    }
    if (o.returnLastFrame() != null) {
      meta.put("return_last_frame", o.returnLastFrame());
    }
    if (o.executionExpiresAfterSeconds() != null) {
      meta.put("execution_expires_after", o.executionExpiresAfterSeconds());
    }
    if (callbackUrl != null) {
      meta.put("callback_url", callbackUrl);
    }
    if (r.hasVisualInput()) {
      ArrayNode content = meta.putArray("content");
      if (r.firstFrameUrl() != null) {
        image(content, r.firstFrameUrl(), "first_frame");
      }
      if (r.lastFrameUrl() != null) {
        image(content, r.lastFrameUrl(), "last_frame");
      }
      r.referenceImageUrls().forEach(u -> image(content, u, "reference_image"));
      r.referenceVideoUrls().forEach(u -> media(content, "video_url", u));
      r.referenceAudioUrls().forEach(u -> media(content, "audio_url", u));
    }
    return body;
  }

  private static void image(ArrayNode content, String url, String role) {
    media(content, "image_url", url).put("role", role);
  }

  private static ObjectNode media(ArrayNode content, String type, String url) {
    ObjectNode item = content.addObject().put("type", type);
    item.putObject(type).put("url", url);
    return item;
  }
}
