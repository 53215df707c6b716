package io.seedancerunner.simulator.seedanceapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Fields;
import io.seedancerunner.simulator.tasks.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads and validates {@code POST /v1/generate} bodies (seed 001): {@code prompt} (required,
 * at most 2000 characters), {@code aspect_ratio} (default 1:1), {@code resolution} (default
 * 720p), {@code duration} (default "8"; the seed sends strings "4"|"8"|"12", we also accept the
 * numbers 4, 8, 12), {@code generate_audio}, {@code fixed_lens} (default false),
 * {@code image_urls} (at most 1: the first frame) and {@code callback_url}. The real service
 * refuses localhost callback URLs; the simulator accepts any http(s) URL so tests and the demo
 * can receive callbacks.
 */
final class SeedanceApiRequests {

  private SeedanceApiRequests() {}

  /**
   * @param body the parsed body
   * @return the validated request
   * @throws InvalidSeedanceRequest with the seed's error code for the first rule broken
   */
  static TaskSpec parse(ObjectNode body) throws InvalidSeedanceRequest {
    JsonNode promptNode = body.get("prompt");
    if (promptNode == null || !promptNode.isTextual() || promptNode.textValue().isBlank()) {
      throw new InvalidSeedanceRequest(SeedanceApiError.INVALID_PROMPT, "prompt is required");
    }
    String prompt = promptNode.textValue();
    if (prompt.length() > SeedanceApiCatalogue.PROMPT_MAX) {
      throw new InvalidSeedanceRequest(SeedanceApiError.INVALID_PROMPT,
          "prompt must be at most " + SeedanceApiCatalogue.PROMPT_MAX + " characters");
    }
    String aspectRatio = choice(body.get("aspect_ratio"), SeedanceApiCatalogue.DEFAULT_ASPECT_RATIO,
        SeedanceApiCatalogue.ASPECT_RATIOS, SeedanceApiError.INVALID_ASPECT_RATIO);
    String resolution = choice(body.get("resolution"), SeedanceApiCatalogue.DEFAULT_RESOLUTION,
        SeedanceApiCatalogue.RESOLUTIONS, SeedanceApiError.INVALID_RESOLUTION);
    int duration = duration(body.get("duration"));
    Boolean audio = Fields.bool(body.get("generate_audio"), false);
    Boolean fixedLens = Fields.bool(body.get("fixed_lens"), false);
    if (audio == null || fixedLens == null) {
      throw new InvalidSeedanceRequest(SeedanceApiError.INVALID_PROMPT, "generate_audio and fixed_lens must be booleans");
    }
    List<String> images = images(body.get("image_urls"));
    String callback = null;
    JsonNode cb = body.get("callback_url");
    if (!Fields.absent(cb)) {
      if (!cb.isTextual() || !Fields.httpUrl(cb.textValue())) {
        // The seed has no code for a bad callback URL; INVALID_PROMPT is its generic 400.
        throw new InvalidSeedanceRequest(SeedanceApiError.INVALID_PROMPT, "callback_url must be an absolute http(s) URL");
      }
      callback = cb.textValue();
    }
    return new TaskSpec(SeedanceApiCatalogue.MODEL, prompt, resolution, aspectRatio, duration,
        audio, fixedLens, images, callback, null);
  }

  private static String choice(JsonNode node, String fallback, List<String> allowed, SeedanceApiError error)
      throws InvalidSeedanceRequest {
    if (Fields.absent(node)) {
      return fallback;
    }
    if (!node.isTextual() || !allowed.contains(node.textValue())) {
      throw new InvalidSeedanceRequest(error, error.message() + "; allowed: " + allowed);
    }
    return node.textValue();
  }

  private static int duration(JsonNode node) throws InvalidSeedanceRequest {
    if (Fields.absent(node)) {
      return SeedanceApiCatalogue.DEFAULT_DURATION;
    }
    OptionalInt d = Fields.integer(node);
    if (d.isEmpty() || !SeedanceApiCatalogue.DURATIONS.contains(d.getAsInt())) {
      throw new InvalidSeedanceRequest(SeedanceApiError.INVALID_DURATION, SeedanceApiError.INVALID_DURATION.message());
    }
    return d.getAsInt();
  }

  private static List<String> images(JsonNode node) throws InvalidSeedanceRequest {
    List<String> urls = new ArrayList<>();
    if (Fields.absent(node)) {
      return urls;
    }
    if (!node.isArray()) {
      throw new InvalidSeedanceRequest(SeedanceApiError.TOO_MANY_IMAGES, "image_urls must be an array of at most 1 URL");
    }
    if (node.size() > SeedanceApiCatalogue.IMAGES_MAX) {
      throw new InvalidSeedanceRequest(SeedanceApiError.TOO_MANY_IMAGES, SeedanceApiError.TOO_MANY_IMAGES.message());
    }
    for (JsonNode u : node) {
      if (!u.isTextual() || !Fields.httpUrl(u.textValue())) {
        throw new InvalidSeedanceRequest(SeedanceApiError.TOO_MANY_IMAGES, "image_urls must hold absolute http(s) URLs");
      }
      urls.add(u.textValue());
    }
    return urls;
  }
}
