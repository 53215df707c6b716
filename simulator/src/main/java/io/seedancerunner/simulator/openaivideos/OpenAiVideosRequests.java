package io.seedancerunner.simulator.openaivideos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Fields;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code POST /v1/videos} bodies (seed 002 "Request"):
 * {@code model} (required), {@code prompt}, {@code image} (first frame), {@code images} (reference
 * images), {@code duration} / {@code seconds}, and {@code metadata} with {@code resolution},
 * {@code ratio}, {@code duration}, {@code seed}, {@code watermark}, {@code generate_audio},
 * {@code service_tier}, {@code execution_expires_after}, {@code return_last_frame},
 * {@code callback_url} and {@code content[]} (items {@code text}, {@code image_url} with a role,
 * {@code video_url}, {@code audio_url}). {@code frames}, {@code camera_fixed} and {@code draft}
 * are accepted and ignored ("not effective on the seedance-2.0 series"), like every unknown field.
 *
 * <p>Rules from the seed: the top-level {@code duration} beats {@code metadata.duration}
 * ({@code seconds}, its string form, comes between them: our reading); -1 lets the model choose
 * (the simulator picks {@value OpenAiVideosCatalogue#DEFAULT_DURATION} s); at least one of a
 * prompt or a visual input; {@code seedance-2.0-fast} has no 1080p; a role is required for each
 * image in multi-image inputs. Our choices: the first {@code text} item stands for a missing
 * {@code prompt}; at most one {@code first_frame} and one {@code last_frame}; images are http(s)
 * URLs, {@code data:} URLs or bare base64 ("Accepts URL or base64"); videos, audio and the
 * callback are http(s) URLs (the simulator accepts {@code localhost} callbacks, which a real
 * gateway may refuse).
 *
 * <p>The task's {@code metadata} keeps what the status body echoes: the settings as resolved and
 * {@code content}, every media input as {@code {type, role, url}} (base64 shortened); never the
 * callback URL, which may hold a token.
 */
final class OpenAiVideosRequests {

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\r\\n]{16,}");

  private OpenAiVideosRequests() {}

  /** One media input: {@code type} image_url|video_url|audio_url, role for images, its URL. */
  private record Media(String type, String role, String url) {}

  /**
   * @param body the parsed body
   * @return the validated request; {@code aspectRatio} is the file's ratio ({@code adaptive}
   *         becomes 16:9), {@code metadata} the echo described above
   * @throws InvalidVideoRequest naming the first field that is wrong
   */
  static TaskSpec parse(ObjectNode body) throws InvalidVideoRequest {
    String model = text(body, "model");
    if (model == null || model.isBlank()) {
      throw new InvalidVideoRequest("model is required: one of " + OpenAiVideosCatalogue.MODELS.keySet());
    }
    List<String> resolutions = OpenAiVideosCatalogue.MODELS.get(model);
    if (resolutions == null) {
      throw new InvalidVideoRequest(OpenAiVideosError.MODEL_NOT_FOUND,
          "model '" + model + "' does not exist; use one of " + OpenAiVideosCatalogue.MODELS.keySet());
    }
    JsonNode metaNode = body.get("metadata");
    if (!Fields.absent(metaNode) && !metaNode.isObject()) {
      throw new InvalidVideoRequest("metadata must be an object");
    }
    ObjectNode meta = Fields.absent(metaNode) ? Json.object() : (ObjectNode) metaNode;
    String resolution = oneOf(meta, "resolution", OpenAiVideosCatalogue.DEFAULT_RESOLUTION, List.of("480p", "720p", "1080p"));
    if (!resolutions.contains(resolution)) {
      throw new InvalidVideoRequest("metadata.resolution: " + model + " does not support " + resolution
          + "; use one of " + resolutions);
    }
    String ratio = oneOf(meta, "ratio", OpenAiVideosCatalogue.DEFAULT_RATIO, OpenAiVideosCatalogue.RATIOS);
    int duration = duration(body, meta);
    boolean audio = bool(meta, "generate_audio", false);
    boolean lastFrame = bool(meta, "return_last_frame", false);
    String callback = callbackUrl(meta);

    List<Media> media = media(body, meta);
    String prompt = prompt(body, meta);
    // Any media item of metadata.content counts as the "visual input" (our reading: the seed names
    // the container, not the item types).
    if ((prompt == null || prompt.isBlank()) && media.isEmpty()) {
      throw new InvalidVideoRequest("prompt is required when no image, images or metadata.content input is given");
    }
    if (prompt != null && prompt.codePointCount(0, prompt.length()) > OpenAiVideosCatalogue.PROMPT_MAX) {
      throw new InvalidVideoRequest("prompt must be at most " + OpenAiVideosCatalogue.PROMPT_MAX + " characters");
    }

    ObjectNode echo = Json.object().put("resolution", resolution).put("ratio", ratio).put("duration", duration)
        .put("generate_audio", audio).put("return_last_frame", lastFrame);
    optionalSettings(meta, echo);
    ArrayNode content = echo.putArray("content");
    media.forEach(m -> {
      ObjectNode item = content.addObject().put("type", m.type());
      if (m.role() != null) {
        item.put("role", m.role());
      }
      item.put("url", display(m.url()));
    });
    List<String> images = new ArrayList<>();
    for (String role : OpenAiVideosCatalogue.ROLES) {
      media.stream().filter(m -> role.equals(m.role())).forEach(m -> images.add(m.url()));
    }
    return new TaskSpec(model, prompt, resolution, OpenAiVideosCatalogue.pixelRatio(ratio), duration, audio,
        false, images, callback, echo);
  }

  private static String prompt(ObjectNode body, ObjectNode meta) throws InvalidVideoRequest {
    String prompt = text(body, "prompt");
    if (prompt != null && !prompt.isBlank()) {
      return prompt;
    }
    JsonNode content = meta.get("content");
    if (content != null && content.isArray()) {
      for (JsonNode item : content) {
        if (item.isObject() && "text".equals(item.path("type").asText()) && item.path("text").isTextual()
            && !item.get("text").textValue().isBlank()) {
          return item.get("text").textValue();
        }
      }
    }
    return prompt;
  }

  private static int duration(ObjectNode body, ObjectNode meta) throws InvalidVideoRequest {
    String field;
    JsonNode node;
    if (!Fields.absent(body.get("duration"))) {
      field = "duration";
      node = body.get("duration");
    } else if (!Fields.absent(body.get("seconds"))) {
      field = "seconds";
      node = body.get("seconds");
    } else if (!Fields.absent(meta.get("duration"))) {
      field = "metadata.duration";
      node = meta.get("duration");
    } else {
      return OpenAiVideosCatalogue.DEFAULT_DURATION;
    }
    OptionalInt d = Fields.integer(node);
    if (d.isPresent() && d.getAsInt() == OpenAiVideosCatalogue.AUTO_DURATION) {
      return OpenAiVideosCatalogue.DEFAULT_DURATION;
    }
    if (d.isEmpty() || !OpenAiVideosCatalogue.DURATIONS.contains(d.getAsInt())) {
      throw new InvalidVideoRequest(field + " must be an integer in 4..15 seconds, or -1 for automatic");
    }
    return d.getAsInt();
  }

  private static void optionalSettings(ObjectNode meta, ObjectNode echo) throws InvalidVideoRequest {
    JsonNode seed = meta.get("seed");
    if (!Fields.absent(seed)) {
      Long s = longValue(seed);
      if (s == null || s < -1 || s > OpenAiVideosCatalogue.SEED_MAX) {
        throw new InvalidVideoRequest("metadata.seed must be an integer in -1..4294967295");
      }
      echo.put("seed", s);
    }
    if (!Fields.absent(meta.get("watermark"))) {
      echo.put("watermark", bool(meta, "watermark", false));
    }
    if (!Fields.absent(meta.get("service_tier"))) {
      echo.put("service_tier", oneOf(meta, "service_tier", null, OpenAiVideosCatalogue.SERVICE_TIERS));
    }
    JsonNode expires = meta.get("execution_expires_after");
    if (!Fields.absent(expires)) {
      OptionalInt e = Fields.integer(expires);
      if (e.isEmpty() || e.getAsInt() <= 0) {
        throw new InvalidVideoRequest("metadata.execution_expires_after must be a positive number of seconds");
      }
      echo.put("execution_expires_after", e.getAsInt());
    }
  }

  private static String callbackUrl(ObjectNode meta) throws InvalidVideoRequest {
    JsonNode cb = meta.get("callback_url");
    if (Fields.absent(cb)) {
      return null;
    }
    if (!cb.isTextual() || !Fields.httpUrl(cb.textValue())) {
      throw new InvalidVideoRequest("metadata.callback_url must be an absolute http(s) URL");
    }
    return cb.textValue();
  }

  /** Every media input in order: {@code image}, {@code images}, then {@code metadata.content}. */
  private static List<Media> media(ObjectNode body, ObjectNode meta) throws InvalidVideoRequest {
    List<Media> media = new ArrayList<>();
    JsonNode image = body.get("image");
    if (!Fields.absent(image)) {
      media.add(new Media("image_url", "first_frame", image(image, "image")));
    }
    JsonNode images = body.get("images");
    if (!Fields.absent(images)) {
      if (!images.isArray()) {
        throw new InvalidVideoRequest("images must be an array of URLs or base64 strings");
      }
      for (JsonNode i : images) {
        media.add(new Media("image_url", "reference_image", image(i, "images[]")));
      }
    }
    List<JsonNode> contentImages = new ArrayList<>();
    JsonNode content = meta.get("content");
    if (!Fields.absent(content)) {
      if (!content.isArray()) {
        throw new InvalidVideoRequest("metadata.content must be an array");
      }
      for (JsonNode item : content) {
        Media m = contentItem(item);
        if (m != null) {
          media.add(m);
          if (m.type().equals("image_url")) {
            contentImages.add(item);
          }
        }
      }
    }
    checkRolesAndCounts(media, contentImages);
    return media;
  }

  private static Media contentItem(JsonNode item) throws InvalidVideoRequest {
    if (!item.isObject()) {
      throw new InvalidVideoRequest("metadata.content[] items must be objects");
    }
    String type = item.path("type").asText("");
    switch (type) {
      case "text":
        return null;
      case "image_url": {
        String role = Fields.absent(item.get("role")) ? null : item.get("role").asText();
        if (role != null && !OpenAiVideosCatalogue.ROLES.contains(role)) {
          throw new InvalidVideoRequest("metadata.content[].role must be one of " + OpenAiVideosCatalogue.ROLES);
        }
        return new Media(type, role, image(urlOf(item, type), "metadata.content[].image_url.url"));
      }
      case "video_url", "audio_url": {
        JsonNode url = urlOf(item, type);
        if (url == null || !url.isTextual() || !Fields.httpUrl(url.textValue())) {
          throw new InvalidVideoRequest("metadata.content[]." + type + ".url must be an absolute http(s) URL");
        }
        return new Media(type, null, url.textValue());
      }
      default:
        throw new InvalidVideoRequest("metadata.content[].type must be one of [text, image_url, video_url, audio_url]");
    }
  }

  /** {@code {"image_url":{"url":...}}}; a plain string {@code {"image_url":"..."}} is tolerated. */
  private static JsonNode urlOf(JsonNode item, String type) {
    JsonNode holder = item.get(type);
    if (holder != null && holder.isObject()) {
      return holder.get("url");
    }
    return holder;
  }

  private static void checkRolesAndCounts(List<Media> media, List<JsonNode> contentImages) throws InvalidVideoRequest {
    long images = media.stream().filter(m -> m.type().equals("image_url")).count();
    if (images > 1) {
      for (JsonNode item : contentImages) {
        if (Fields.absent(item.get("role"))) {
          throw new InvalidVideoRequest("metadata.content[].role is required for each image in multi-image inputs");
        }
      }
    }
    if (media.stream().filter(m -> "first_frame".equals(m.role())).count() > 1) {
      throw new InvalidVideoRequest("at most one first_frame image (image or a content item with role first_frame)");
    }
    if (media.stream().filter(m -> "last_frame".equals(m.role())).count() > 1) {
      throw new InvalidVideoRequest("at most one last_frame image");
    }
    if (images > OpenAiVideosCatalogue.IMAGES_MAX) {
      throw new InvalidVideoRequest("at most " + OpenAiVideosCatalogue.IMAGES_MAX + " images in all");
    }
    if (media.stream().filter(m -> m.type().equals("video_url")).count() > OpenAiVideosCatalogue.VIDEOS_MAX) {
      throw new InvalidVideoRequest("at most " + OpenAiVideosCatalogue.VIDEOS_MAX + " video_url items");
    }
    if (media.stream().filter(m -> m.type().equals("audio_url")).count() > OpenAiVideosCatalogue.AUDIO_MAX) {
      throw new InvalidVideoRequest("at most " + OpenAiVideosCatalogue.AUDIO_MAX + " audio_url items");
    }
  }

  private static String image(JsonNode node, String field) throws InvalidVideoRequest {
    if (node != null && node.isTextual()) {
      String v = node.textValue().trim();
      if (Fields.httpUrl(v) || v.startsWith("data:image/") || BASE64.matcher(v).matches()) {
        return v;
      }
    }
    throw new InvalidVideoRequest(field + " must be an http(s) URL or a base64 image");
  }

  /** @return the URL, or for base64 images a short stand-in such as {@code data:image/png;base64,...} */
  private static String display(String url) {
    if (Fields.httpUrl(url)) {
      return url;
    }
    int comma = url.indexOf(',');
    return (url.startsWith("data:") && comma > 0 ? url.substring(0, comma + 1) : "base64,") + "...";
  }

  private static String oneOf(ObjectNode node, String field, String fallback, List<String> allowed) throws InvalidVideoRequest {
    JsonNode v = node.get(field);
    if (Fields.absent(v)) {
      return fallback;
    }
    if (!v.isTextual() || !allowed.contains(v.textValue())) {
      throw new InvalidVideoRequest("metadata." + field + " must be one of " + allowed);
    }
    return v.textValue();
  }

  private static boolean bool(ObjectNode node, String field, boolean fallback) throws InvalidVideoRequest {
    Boolean b = Fields.bool(node.get(field), fallback);
    if (b == null) {
      throw new InvalidVideoRequest("metadata." + field + " must be a boolean");
    }
    return b;
  }

  private static Long longValue(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isTextual()) {
      try {
        return Long.parseLong(node.textValue().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String text(ObjectNode body, String field) throws InvalidVideoRequest {
    JsonNode node = body.get(field);
    if (Fields.absent(node)) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidVideoRequest(field + " must be a string");
    }
    return node.textValue();
  }
}
