package io.seedancerunner.activities.ark;

import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code ark} create body ({@link ArkCreateRequest}) (create task API, https://docs.byteplus.com/en/docs/ModelArk/1520757):
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
   * @param r           the request
   * @param callbackUrl webhook URL, or {@code null} to poll only
   * @param seed        the {@code seed} to send, see {@link ArkSeeds#of}
   * @return the typed body ({@link ArkCreateRequest}), serialized by Jackson
   */
  static ArkCreateRequest create(GenerationRequest r, String callbackUrl, long seed) {
    List<ArkCreateRequest.Item> content = new ArrayList<>();
    if (r.prompt() != null && !r.prompt().isBlank()) {
      content.add(ArkCreateRequest.Item.text(r.prompt()));
    }
    if (r.firstFrameUrl() != null) {
      content.add(ArkCreateRequest.Item.media("image_url", r.firstFrameUrl(), "first_frame"));
    }
    if (r.lastFrameUrl() != null) {
      content.add(ArkCreateRequest.Item.media("image_url", r.lastFrameUrl(), "last_frame"));
    }
    r.referenceImageUrls().forEach(u -> content.add(ArkCreateRequest.Item.media("image_url", u, "reference_image")));
    r.referenceVideoUrls().forEach(u -> content.add(ArkCreateRequest.Item.media("video_url", u, "reference_video")));
    r.referenceAudioUrls().forEach(u -> content.add(ArkCreateRequest.Item.media("audio_url", u, "reference_audio")));
    GenerationOptions o = r.options();
    return new ArkCreateRequest(r.model(), content, r.resolution(), r.aspectRatio(), r.durationSeconds(),
        r.generateAudio(), r.fixedLens() ? Boolean.TRUE : null, seed, o.watermark(), o.serviceTier(),
        o.returnLastFrame(), o.executionExpiresAfterSeconds(), callbackUrl);
  }
}
