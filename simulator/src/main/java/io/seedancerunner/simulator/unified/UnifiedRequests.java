package io.seedancerunner.simulator.unified;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Fields;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads and validates {@code POST /v1/videos/generations} bodies (seed 004):
 * {@code model} (required, {@code seedance-2.0-text-to-video}), {@code prompt} (required),
 * {@code duration} (4..15, default 5), {@code quality} (the resolution: 480p, 720p, 1080p, default
 * 720p), {@code aspect_ratio} (default 16:9), {@code generate_audio} (default true),
 * {@code content_filter} (default true), {@code model_params} (an object, accepted and otherwise
 * ignored) and {@code callback_url}.
 *
 * <p>The seed was cut off before its JSON field names; these are the names of the same provider's
 * public reference for this model ({@code quality} carries the resolution there). The seed's rules:
 * text only ({@code image_urls}, {@code video_urls}, {@code audio_urls} are refused); the callback
 * URL is HTTPS only, not a private address, at most 2048 characters (see
 * {@link CallbackAddresses}; {@code simulator.unified.allow-private-callbacks} lifts the first two
 * for tests). Our choices: the prompt is at most 5000 characters (the seed only recommends 500
 * Chinese characters or 1000 English words); a numeric string duration is tolerated; other
 * unknown fields are ignored.
 */
final class UnifiedRequests {

  private UnifiedRequests() {}

  /**
   * @param body                  the parsed body
   * @param allowPrivateCallbacks whether http and private callback URLs are accepted
   * @return the validated request
   * @throws InvalidUnifiedRequest naming the first field that is wrong
   */
  static UnifiedRequest parse(ObjectNode body, boolean allowPrivateCallbacks) throws InvalidUnifiedRequest {
    JsonNode model = body.get("model");
    if (Fields.absent(model) || !model.isTextual() || !model.textValue().equals(UnifiedCatalogue.MODEL)) {
      throw new InvalidUnifiedRequest("model", "model is required and must be " + UnifiedCatalogue.MODEL);
    }
    for (String field : UnifiedCatalogue.FORBIDDEN_INPUTS) {
      if (!Fields.absent(body.get(field))) {
        throw new InvalidUnifiedRequest(field, "This model is text-to-video only and does not support " + field);
      }
    }
    JsonNode prompt = body.get("prompt");
    if (Fields.absent(prompt) || !prompt.isTextual() || prompt.textValue().isBlank()) {
      throw new InvalidUnifiedRequest("prompt", "prompt is required");
    }
    if (prompt.textValue().codePointCount(0, prompt.textValue().length()) > UnifiedCatalogue.PROMPT_MAX) {
      throw new InvalidUnifiedRequest("prompt", "prompt must be at most " + UnifiedCatalogue.PROMPT_MAX + " characters");
    }
    int duration = duration(body.get("duration"));
    String quality = oneOf(body, "quality", UnifiedCatalogue.DEFAULT_RESOLUTION, UnifiedCatalogue.RESOLUTIONS);
    String ratio = oneOf(body, "aspect_ratio", UnifiedCatalogue.DEFAULT_ASPECT_RATIO, UnifiedCatalogue.ASPECT_RATIOS);
    Boolean audio = Fields.bool(body.get("generate_audio"), true);
    if (audio == null) {
      throw new InvalidUnifiedRequest("generate_audio", "generate_audio must be a boolean");
    }
    Boolean filter = Fields.bool(body.get("content_filter"), true);
    if (filter == null) {
      throw new InvalidUnifiedRequest("content_filter", "content_filter must be a boolean");
    }
    JsonNode params = body.get("model_params");
    if (!Fields.absent(params) && !params.isObject()) {
      throw new InvalidUnifiedRequest("model_params", "model_params must be an object");
    }
    return new UnifiedRequest(prompt.textValue(), duration, quality, ratio, audio, filter,
        callback(body.get("callback_url"), allowPrivateCallbacks));
  }

  private static String callback(JsonNode node, boolean allowPrivate) throws InvalidUnifiedRequest {
    if (Fields.absent(node)) {
      return null;
    }
    if (!node.isTextual() || node.textValue().length() > UnifiedCatalogue.CALLBACK_URL_MAX) {
      throw new InvalidUnifiedRequest("callback_url",
          "callback_url must be a URL of at most " + UnifiedCatalogue.CALLBACK_URL_MAX + " characters");
    }
    String url = node.textValue();
    boolean ok = allowPrivate ? CallbackAddresses.httpUrl(url) : CallbackAddresses.publicHttps(url);
    if (!ok) {
      throw new InvalidUnifiedRequest("callback_url",
          "callback_url must be an HTTPS URL that does not point at a private address");
    }
    return url;
  }

  private static int duration(JsonNode node) throws InvalidUnifiedRequest {
    if (Fields.absent(node)) {
      return UnifiedCatalogue.DEFAULT_DURATION;
    }
    OptionalInt d = Fields.integer(node);
    if (d.isEmpty() || d.getAsInt() < UnifiedCatalogue.DURATION_MIN || d.getAsInt() > UnifiedCatalogue.DURATION_MAX) {
      throw new InvalidUnifiedRequest("duration", "duration must be an integer from " + UnifiedCatalogue.DURATION_MIN
          + " to " + UnifiedCatalogue.DURATION_MAX + " seconds");
    }
    return d.getAsInt();
  }

  private static String oneOf(ObjectNode body, String field, String fallback, List<String> allowed)
      throws InvalidUnifiedRequest {
    JsonNode node = body.get(field);
    if (Fields.absent(node)) {
      return fallback;
    }
    if (!node.isTextual() || !allowed.contains(node.textValue())) {
      throw new InvalidUnifiedRequest(field, field + " must be one of " + allowed);
    }
    return node.textValue();
  }
}
