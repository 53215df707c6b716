package io.seedancerunner.activities.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.workflows.model.GenerationRequest;

/**
 * Builds the {@code open-api} submit body (seed 000; the body itself is spelled out in
 * docs/providers/open-api.md):
 *
 * <pre>
 * {"model":"seedance-2.0","prompt":"...","aspectRatio":"16:9","duration":5,"resolution":"720p",
 *  "webhookUrl":"https://...","metadata":{"jobId":"..."},"mediaUrls":["first frame","reference",...]}
 * </pre>
 *
 * <p>No {@code mediaUrls}: text-to-video; with them: image-to-video, the first frame first and the
 * reference images after it. Values are sent as given, unvalidated: the api validates against the
 * catalogue, and the provider's own refusal is classified like any other.
 */
final class OpenApiBodies {

  private OpenApiBodies() {}

  /**
   * @param mapper      object mapper
   * @param account     account name, for the refusal of inputs the dialect cannot express
   * @param jobId       job id, sent in {@code metadata.jobId} so that a task can be matched to its
   *                    job by hand after an ambiguous submit (our choice; the seed allows any
   *                    metadata)
   * @param r           the request
   * @param callbackUrl webhook URL or {@code null}
   * @return the JSON body
   * @throws io.temporal.failure.ApplicationFailure non-retryable when the request has a last
   *     frame, audio or fixed lens: the documented body has no field for them
   */
  static ObjectNode submit(ObjectMapper mapper, String account, String jobId, GenerationRequest r, String callbackUrl) {
    if (r.lastFrameUrl() != null) {
      throw ProviderErrors.unsupported(account, "unsupported_input", "open-api has no last frame field");
    }
    if (r.generateAudio()) {
      throw ProviderErrors.unsupported(account, "unsupported_input", "open-api has no audio field");
    }
    if (r.fixedLens()) {
      throw ProviderErrors.unsupported(account, "unsupported_input", "open-api has no fixed lens field");
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("model", r.model());
    body.put("prompt", r.prompt());
    body.put("aspectRatio", r.aspectRatio());
    body.put("duration", r.durationSeconds());
    body.put("resolution", r.resolution());
    if (callbackUrl != null) {
      body.put("webhookUrl", callbackUrl);
    }
    body.putObject("metadata").put("jobId", jobId);
    if (r.firstFrameUrl() != null || !r.referenceImageUrls().isEmpty()) {
      ArrayNode media = body.putArray("mediaUrls");
      if (r.firstFrameUrl() != null) {
        media.add(r.firstFrameUrl());
      }
      r.referenceImageUrls().forEach(media::add);
    }
    return body;
  }
}
