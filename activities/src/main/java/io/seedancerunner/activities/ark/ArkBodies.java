package io.seedancerunner.activities.ark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;

/**
 * Builds the {@code ark} create body (create task API, https://docs.byteplus.com/en/docs/ModelArk/1520757):
 *
 * <pre>
 * {"model":"dreamina-seedance-2-0-260128",
 *  "content":[{"type":"text","text":"..."},
 *             {"type":"image_url","image_url":{"url":"..."},"role":"first_frame"},
 *             {"type":"image_url","image_url":{"url":"..."},"role":"last_frame"},
 *             {"type":"image_url","image_url":{"url":"..."},"role":"reference_image"},
 *             {"type":"video_url","video_url":{"url":"..."},"role":"reference_video"},
 *             {"type":"audio_url","audio_url":{"url":"..."},"role":"reference_audio"}],
 *  "resolution":"720p","ratio":"16:9","duration":5,"generate_audio":false,
 *  "camera_fixed":true,"seed":7,"watermark":false,"service_tier":"default",
 *  "return_last_frame":true,"execution_expires_after":172800,"callback_url":"https://..."}
 * </pre>
 *
 * <p>Every input mode and option of {@link GenerationRequest} maps to one field. Our choices:
 * {@code generate_audio} is always sent (the API's default is true, the request's false means a
 * silent clip); {@code camera_fixed} only when the request fixes the lens (the 2.0 models refuse
 * the field); the options only when set, so the provider's defaults apply otherwise, except {@code seed}, always
 * sent: the request's own or one derived from the job id and attempt ({@link ArkSeeds}), so that a
 * lost submit's task can be found exactly ({@link ArkReconciler}); the text item
 * is left out for an empty prompt (the API takes media alone). Values are sent unvalidated: the api
 * validated them against the catalogue, and the rules the catalogue cannot express (per-model
 * options, mutually exclusive modes) are the provider's to refuse with {@code InvalidParameter}.
 * No idempotency key: ark has none.
 */
final class ArkBodies {

  private ArkBodies() {}

  /**
   * @param mapper      object mapper
   * @param r           the request
   * @param callbackUrl webhook URL, or {@code null} to poll only
   * @param seed        the {@code seed} to send, see {@link ArkSeeds#of}
   * @return the JSON body
   */
  static ObjectNode create(ObjectMapper mapper, GenerationRequest r, String callbackUrl, long seed) {
    ObjectNode body = mapper.createObjectNode();
    body.put("model", r.model());
    ArrayNode content = body.putArray("content");
    if (r.prompt() != null && !r.prompt().isBlank()) {
      content.addObject().put("type", "text").put("text", r.prompt());
    }
    if (r.firstFrameUrl() != null) {
      media(content, "image_url", r.firstFrameUrl(), "first_frame");
    }
    if (r.lastFrameUrl() != null) {
      media(content, "image_url", r.lastFrameUrl(), "last_frame");
    }
    r.referenceImageUrls().forEach(u -> media(content, "image_url", u, "reference_image"));
    r.referenceVideoUrls().forEach(u -> media(content, "video_url", u, "reference_video"));
    r.referenceAudioUrls().forEach(u -> media(content, "audio_url", u, "reference_audio"));
    body.put("resolution", r.resolution());
    body.put("ratio", r.aspectRatio());
    body.put("duration", r.durationSeconds());
    body.put("generate_audio", r.generateAudio());
    if (r.fixedLens()) {
      body.put("camera_fixed", true);
    }
    GenerationOptions o = r.options();
    body.put("seed", seed);
    if (o.watermark() != null) {
      body.put("watermark", o.watermark());
    }
    if (o.serviceTier() != null) {
      body.put("service_tier", o.serviceTier());
    }
    if (o.returnLastFrame() != null) {
      body.put("return_last_frame", o.returnLastFrame());
    }
    if (o.executionExpiresAfterSeconds() != null) {
      body.put("execution_expires_after", o.executionExpiresAfterSeconds());
    }
    if (callbackUrl != null) {
      body.put("callback_url", callbackUrl);
    }
    return body;
  }

  private static void media(ArrayNode content, String type, String url, String role) {
    ObjectNode item = content.addObject().put("type", type);
    item.putObject(type).put("url", url);
    item.put("role", role);
  }
}
