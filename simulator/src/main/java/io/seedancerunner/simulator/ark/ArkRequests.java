package io.seedancerunner.simulator.ark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Fields;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Reads and validates {@code POST /api/v3/contents/generations/tasks} bodies (create task API,
 * https://docs.byteplus.com/en/docs/ModelArk/1520757):
 * {@code {"model","content":[...],"resolution","ratio","duration","generate_audio","camera_fixed",
 * "watermark","seed","return_last_frame","service_tier","execution_expires_after","callback_url"}}.
 *
 * <p>{@code content[]}: at most one {@code {"type":"text","text"}}; {@code image_url} items
 * ({@code {"url"}}) with role {@code first_frame}, {@code last_frame} or {@code reference_image}
 * (a lone image without role is the first frame); {@code video_url} with role
 * {@code reference_video}; {@code audio_url} with role {@code reference_audio}. Documented rules
 * enforced: first frame / first + last frame / multimodal reference are mutually exclusive; a last
 * frame needs a first frame; at most 9 reference images, 3 videos, 3 audios; audio needs an image
 * or a video; references only on the 2.0 models; {@code flex} and {@code camera_fixed} not on the
 * 2.0 models; {@code camera_fixed} not beside reference images; {@code execution_expires_after}
 * within [min, 259200]; seed within [-1, 4294967295].
 *
 * <p>Defaults when absent: resolution 720p, ratio 16:9 (adaptive when a first frame is given:
 * the docs' default for image-to-video), duration 5, {@code generate_audio} true (docs),
 * {@code camera_fixed}, {@code watermark}, {@code return_last_frame} false, seed -1 (a random seed
 * is drawn and reported), {@code service_tier} default, {@code execution_expires_after} 172800.
 * Not simulated, refused with {@code InvalidParameter}: {@code frames}, {@code draft=true},
 * {@code draft_task} items, {@code duration=-1}. Numbers may come as strings, booleans as
 * "true"/"false"; unknown fields are ignored.
 */
final class ArkRequests {

  private ArkRequests() {}

  /**
   * @param body     the parsed body
   * @param settings account settings (minimum expiry, unopened models, reference video length)
   * @param random   draws the seed when the client sends -1
   * @return the validated request; its {@code aspectRatio} is the pixel ratio ({@code adaptive}
   *     made concrete), its metadata an {@link ArkOrder}
   * @throws InvalidArkRequest naming the first field that is wrong
   */
  static TaskSpec parse(ObjectNode body, ArkSettings settings, RandomGenerator random) throws InvalidArkRequest {
    ArkModels.Model model = model(body, settings);
    Content content = content(body.get("content"), model);
    String resolution = choice(body, "resolution", ArkModels.DEFAULT_RESOLUTION, model.resolutions());
    String ratio = choice(body, "ratio", content.firstFrame() ? "adaptive" : ArkModels.DEFAULT_RATIO, ArkModels.RATIOS);
    int duration = duration(body, model);
    boolean audio = bool(body, "generate_audio", true);
    boolean cameraFixed = bool(body, "camera_fixed", false);
    if (cameraFixed && !model.cameraFixed()) {
      throw invalid("camera_fixed", "camera_fixed is not supported by " + model.id());
    }
    if (cameraFixed && content.referenceImages() > 0) {
      throw invalid("camera_fixed", "camera_fixed is not supported with reference images");
    }
    boolean watermark = bool(body, "watermark", false);
    boolean lastFrame = bool(body, "return_last_frame", false);
    long seed = seed(body, random);
    String tier = choice(body, "service_tier", "default", ArkModels.SERVICE_TIERS);
    if (tier.equals("flex") && !model.flex()) {
      throw invalid("service_tier", "service_tier flex (offline inference) is not supported by " + model.id());
    }
    int expires = expires(body, settings);
    String callback = callback(body);
    if (!Fields.absent(body.get("frames"))) {
      throw invalid("frames", "frames is not supported by " + model.id() + "; use duration");
    }
    if (bool(body, "draft", false)) {
      throw invalid("draft", "draft mode is not simulated");
    }
    int inputSeconds = Math.min(15, content.videos() * settings.referenceVideoSeconds());
    ObjectNode metadata = ArkOrder.metadata(content.items(), ratio, seed, cameraFixed, watermark, lastFrame, tier,
        expires, inputSeconds);
    return new TaskSpec(model.id(), content.text(), resolution, ArkModels.pixelRatio(ratio), duration, audio,
        cameraFixed, content.images(), callback, metadata);
  }

  private static ArkModels.Model model(ObjectNode body, ArkSettings settings) throws InvalidArkRequest {
    JsonNode m = body.get("model");
    if (Fields.absent(m)) {
      throw new InvalidArkRequest(ArkError.MISSING_PARAMETER, "model", "model is required");
    }
    if (!m.isTextual() || m.textValue().isBlank()) {
      throw invalid("model", "model must be a model id or endpoint id");
    }
    ArkModels.Model model = ArkModels.MODELS.get(m.textValue());
    if (model == null) {
      throw new InvalidArkRequest(ArkError.MODEL_NOT_FOUND, "model",
          "The model or endpoint " + m.textValue() + " does not exist or you do not have access to it.");
    }
    if (settings.unopenedModels().contains(model.id())) {
      throw new InvalidArkRequest(ArkError.MODEL_NOT_OPEN, "model", "Your account has not activated the model "
          + model.id() + ". Please activate the model service in the Ark Console.");
    }
    return model;
  }

  /** The validated {@code content[]}. */
  private record Content(ArrayNode items, String text, List<String> images, boolean firstFrame,
      int referenceImages, int videos) {}

  private static Content content(JsonNode node, ArkModels.Model model) throws InvalidArkRequest {
    if (Fields.absent(node)) {
      throw new InvalidArkRequest(ArkError.MISSING_PARAMETER, "content", "content is required");
    }
    if (!node.isArray() || node.isEmpty()) {
      throw invalid("content", "content must be a non-empty array");
    }
    ArrayNode items = Json.object().arrayNode();
    String text = null;
    String first = null;
    String last = null;
    List<String> refImages = new ArrayList<>();
    int videos = 0;
    int audios = 0;
    int roleless = 0;
    for (JsonNode item : node) {
      String type = item.isObject() ? item.path("type").asText("") : "";
      String role = item.path("role").isTextual() ? item.path("role").textValue() : null;
      switch (type) {
        case "text" -> {
          if (text != null) {
            throw invalid("content", "content may hold one text item");
          }
          if (!item.path("text").isTextual()) {
            throw invalid("content.text", "text must be a string");
          }
          text = item.path("text").textValue();
          items.addObject().put("type", "text").put("text", text);
        }
        case "image_url" -> {
          String url = url(item, "image_url");
          if (role == null) {
            roleless++;
            role = "first_frame";
          }
          switch (role) {
            case "first_frame" -> {
              if (first != null) {
                throw invalid("content.role", "content may hold one first_frame image");
              }
              first = url;
            }
            case "last_frame" -> {
              if (last != null) {
                throw invalid("content.role", "content may hold one last_frame image");
              }
              last = url;
            }
            case "reference_image" -> refImages.add(url);
            default -> throw invalid("content.role", "image_url role must be first_frame, last_frame or reference_image");
          }
          media(items, "image_url", url, role);
        }
        case "video_url" -> {
          String url = url(item, "video_url");
          if (!"reference_video".equals(role)) {
            throw invalid("content.role", "video_url role must be reference_video");
          }
          videos++;
          media(items, "video_url", url, role);
        }
        case "audio_url" -> {
          String url = url(item, "audio_url");
          if (!"reference_audio".equals(role)) {
            throw invalid("content.role", "audio_url role must be reference_audio");
          }
          audios++;
          media(items, "audio_url", url, role);
        }
        default -> throw invalid("content.type", "content type must be text, image_url, video_url or audio_url");
      }
    }
    boolean frames = first != null || last != null;
    boolean references = !refImages.isEmpty() || videos > 0 || audios > 0;
    if (roleless > 0 && (roleless > 1 || references || last != null)) {
      throw invalid("content.role", "role is required unless the content holds a single image");
    }
    if (last != null && first == null) {
      throw invalid("content.role", "a last_frame image needs a first_frame image");
    }
    if (frames && references) {
      throw invalid("content.role",
          "first frame, first and last frame, and multimodal reference cannot be combined");
    }
    if (references && !model.references()) {
      throw invalid("content.role", model.id() + " takes no reference images, videos or audio");
    }
    if (refImages.size() > ArkModels.REFERENCE_IMAGES_MAX) {
      throw invalid("content", "at most " + ArkModels.REFERENCE_IMAGES_MAX + " reference images");
    }
    if (videos > ArkModels.REFERENCE_VIDEOS_MAX) {
      throw invalid("content", "at most " + ArkModels.REFERENCE_VIDEOS_MAX + " reference videos");
    }
    if (audios > ArkModels.REFERENCE_AUDIOS_MAX) {
      throw invalid("content", "at most " + ArkModels.REFERENCE_AUDIOS_MAX + " reference audios");
    }
    if (audios > 0 && refImages.isEmpty() && videos == 0) {
      throw invalid("content", "reference audio needs at least one reference image or video");
    }
    if ((text == null || text.isBlank()) && !frames && !references) {
      throw invalid("content", "content needs a text prompt or an image or video");
    }
    if (text != null && text.codePointCount(0, text.length()) > ArkModels.PROMPT_MAX) {
      throw invalid("content.text", "text must be at most " + ArkModels.PROMPT_MAX + " characters");
    }
    List<String> images = new ArrayList<>();
    if (first != null) {
      images.add(first);
    }
    if (last != null) {
      images.add(last);
    }
    images.addAll(refImages);
    return new Content(items, text == null ? "" : text, images, first != null, refImages.size(), videos);
  }

  private static void media(ArrayNode items, String type, String url, String role) {
    ObjectNode o = items.addObject().put("type", type);
    o.putObject(type).put("url", url);
    o.put("role", role);
  }

  /** @return {@code item.<field>.url}: an http(s) URL, an {@code asset://} id or a {@code data:} URI */
  private static String url(JsonNode item, String field) throws InvalidArkRequest {
    JsonNode url = item.path(field).path("url");
    if (!url.isTextual()) {
      throw invalid("content." + field, field + ".url is required");
    }
    String u = url.textValue();
    if (!Fields.httpUrl(u) && !u.startsWith("asset://") && !u.startsWith("data:")) {
      throw invalid("content." + field, field + ".url must be an http(s) URL, an asset:// id or a data: URI");
    }
    return u;
  }

  private static int duration(ObjectNode body, ArkModels.Model model) throws InvalidArkRequest {
    JsonNode d = body.get("duration");
    if (Fields.absent(d)) {
      return ArkModels.DEFAULT_DURATION;
    }
    OptionalInt n = Fields.integer(d);
    if (n.isEmpty() || !model.durations().contains(n.getAsInt())) {
      throw invalid("duration", "duration must be one of " + model.durations() + " seconds for " + model.id());
    }
    return n.getAsInt();
  }

  private static long seed(ObjectNode body, RandomGenerator random) throws InvalidArkRequest {
    JsonNode s = body.get("seed");
    if (Fields.absent(s)) {
      return random.nextLong(0, 1L << 31);
    }
    long seed;
    try {
      seed = s.isIntegralNumber() ? s.longValue() : Long.parseLong(s.asText().trim());
    } catch (NumberFormatException e) {
      throw invalid("seed", "seed must be an integer");
    }
    if (seed < -1 || seed > 4294967295L) {
      throw invalid("seed", "seed must be within [-1, 4294967295]");
    }
    return seed == -1 ? random.nextLong(0, 1L << 31) : seed;
  }

  private static int expires(ObjectNode body, ArkSettings settings) throws InvalidArkRequest {
    JsonNode e = body.get("execution_expires_after");
    if (Fields.absent(e)) {
      return ArkModels.DEFAULT_EXPIRES_AFTER;
    }
    OptionalInt n = Fields.integer(e);
    if (n.isEmpty() || n.getAsInt() < settings.minExecutionExpiresAfter() || n.getAsInt() > ArkModels.MAX_EXPIRES_AFTER) {
      throw invalid("execution_expires_after", "execution_expires_after must be within ["
          + settings.minExecutionExpiresAfter() + ", " + ArkModels.MAX_EXPIRES_AFTER + "] seconds");
    }
    return n.getAsInt();
  }

  private static String callback(ObjectNode body) throws InvalidArkRequest {
    JsonNode cb = body.get("callback_url");
    if (Fields.absent(cb)) {
      return null;
    }
    if (!cb.isTextual() || !Fields.httpUrl(cb.textValue())) {
      throw invalid("callback_url", "callback_url must be an absolute http(s) URL");
    }
    return cb.textValue();
  }

  private static String choice(ObjectNode body, String field, String fallback, List<String> allowed)
      throws InvalidArkRequest {
    JsonNode node = body.get(field);
    if (Fields.absent(node)) {
      return fallback;
    }
    if (!node.isTextual() || !allowed.contains(node.textValue())) {
      throw invalid(field, field + " must be one of " + allowed);
    }
    return node.textValue();
  }

  private static boolean bool(ObjectNode body, String field, boolean fallback) throws InvalidArkRequest {
    Boolean b = Fields.bool(body.get(field), fallback);
    if (b == null) {
      throw invalid(field, field + " must be a boolean");
    }
    return b;
  }

  private static InvalidArkRequest invalid(String param, String detail) {
    return new InvalidArkRequest(ArkError.INVALID_PARAMETER, param, detail);
  }
}
