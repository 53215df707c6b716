package io.seedancerunner.simulator.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Fields;
import io.seedancerunner.simulator.tasks.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads and validates {@code POST /video/generations} bodies:
 * {@code {"model","prompt","aspectRatio","duration","resolution","webhookUrl","metadata","mediaUrls"}}
 * (docs/providers/open-api.md). Defaults when absent (our choice, the seed is silent): model
 * {@code seedance-2.0}, aspect ratio 16:9, resolution 720p, duration 5. No {@code mediaUrls}:
 * text-to-video; with them: image-to-video, the first URL being the first frame. open-api has
 * no audio switch: its videos are silent. Unknown fields are ignored.
 */
final class OpenApiRequests {

  private OpenApiRequests() {}

  /**
   * @param body the parsed body
   * @return the validated request
   * @throws InvalidRequest naming the first field that is wrong
   */
  static TaskSpec parse(ObjectNode body) throws InvalidRequest {
    String model = text(body, "model", OpenApiCatalogue.DEFAULT_MODEL);
    List<Integer> durations = OpenApiCatalogue.MODELS.get(model);
    if (durations == null) {
      throw new InvalidRequest("model must be one of " + OpenApiCatalogue.MODELS.keySet());
    }
    String prompt = text(body, "prompt", null);
    if (prompt == null || prompt.isBlank()) {
      throw new InvalidRequest("prompt is required");
    }
    if (prompt.length() > OpenApiCatalogue.PROMPT_MAX) {
      throw new InvalidRequest("prompt must be at most " + OpenApiCatalogue.PROMPT_MAX + " characters");
    }
    String aspectRatio = oneOf(body, "aspectRatio", OpenApiCatalogue.DEFAULT_ASPECT_RATIO, OpenApiCatalogue.ASPECT_RATIOS);
    String resolution = oneOf(body, "resolution", OpenApiCatalogue.DEFAULT_RESOLUTION, OpenApiCatalogue.RESOLUTIONS);
    int duration = OpenApiCatalogue.DEFAULT_DURATION;
    if (!Fields.absent(body.get("duration"))) {
      OptionalInt d = Fields.integer(body.get("duration"));
      if (d.isEmpty() || !durations.contains(d.getAsInt())) {
        throw new InvalidRequest("duration must be one of " + durations + " seconds for " + model);
      }
      duration = d.getAsInt();
    }
    String webhookUrl = text(body, "webhookUrl", null);
    if (webhookUrl != null && !Fields.httpUrl(webhookUrl)) {
      throw new InvalidRequest("webhookUrl must be an absolute http(s) URL");
    }
    JsonNode metadata = body.get("metadata");
    if (!Fields.absent(metadata) && !metadata.isObject()) {
      throw new InvalidRequest("metadata must be an object");
    }
    List<String> media = mediaUrls(body.get("mediaUrls"));
    return new TaskSpec(model, prompt, resolution, aspectRatio, duration, false, false, media,
        webhookUrl, Fields.absent(metadata) ? null : metadata);
  }

  private static List<String> mediaUrls(JsonNode node) throws InvalidRequest {
    List<String> urls = new ArrayList<>();
    if (Fields.absent(node)) {
      return urls;
    }
    if (!node.isArray()) {
      throw new InvalidRequest("mediaUrls must be an array of URLs");
    }
    if (node.size() > OpenApiCatalogue.MEDIA_MAX) {
      throw new InvalidRequest("mediaUrls accepts at most " + OpenApiCatalogue.MEDIA_MAX + " URLs");
    }
    for (JsonNode u : node) {
      if (!u.isTextual() || !Fields.httpUrl(u.textValue())) {
        throw new InvalidRequest("mediaUrls must contain absolute http(s) URLs");
      }
      urls.add(u.textValue());
    }
    return urls;
  }

  private static String oneOf(ObjectNode body, String field, String fallback, List<String> allowed) throws InvalidRequest {
    String value = text(body, field, fallback);
    if (!allowed.contains(value)) {
      throw new InvalidRequest(field + " must be one of " + allowed);
    }
    return value;
  }

  private static String text(ObjectNode body, String field, String fallback) throws InvalidRequest {
    JsonNode node = body.get(field);
    if (Fields.absent(node)) {
      return fallback;
    }
    if (!node.isTextual()) {
      throw new InvalidRequest(field + " must be a string");
    }
    return node.textValue();
  }
}
