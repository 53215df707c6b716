package io.seedancerunner.simulator.seedance2ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Fields;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads and validates {@code POST /api/v1/video/seedance2} bodies against seed 003's parameter
 * table: {@code mode, quality_tier, channel, prompt, aspect_ratio, duration, resolution, image_url,
 * end_image_url, media_urls, generate_audio, fixed_lens, seed}, each with the seed's default.
 *
 * <p>Rules the seed states: prompt 3..10000 characters; duration 4..15 s (a string; the number is
 * tolerated); 1080p-plus and 4k on pro only; {@code image_url} required for image-to-video;
 * {@code media_urls} required for media-to-video, at most 12; URLs are public https URLs; seed
 * -1..4294967295 (a numeric string is tolerated), not on the real channel or the mini tier. "Bad input or unsupported field" is
 * {@code invalid_request}, so an unknown top-level field is refused.
 *
 * <p>Our choices where the seed is silent: {@code image_url} and {@code end_image_url} are
 * accepted in image-to-video and media-to-video (the prompt guide maps every asset to its own
 * parameter), refused in text-to-video; {@code end_image_url} needs {@code image_url};
 * {@code media_urls} only in media-to-video.
 */
final class Seedance2AiRequests {

  private static final Set<String> FIELDS = Set.of("mode", "quality_tier", "channel", "prompt", "aspect_ratio",
      "duration", "resolution", "image_url", "end_image_url", "media_urls", "generate_audio", "fixed_lens", "seed");

  private Seedance2AiRequests() {}

  /**
   * @param body the parsed body
   * @return the validated request
   * @throws InvalidSeedance2AiRequest naming the first field that is wrong
   */
  static Seedance2AiRequest parse(ObjectNode body) throws InvalidSeedance2AiRequest {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InvalidSeedance2AiRequest("Unsupported field: " + name);
      }
    }
    String mode = oneOf(body, "mode", Seedance2AiCatalogue.DEFAULT_MODE, Seedance2AiCatalogue.MODES);
    String tier = oneOf(body, "quality_tier", Seedance2AiCatalogue.DEFAULT_TIER, Seedance2AiCatalogue.QUALITY_TIERS);
    String channel = oneOf(body, "channel", Seedance2AiCatalogue.DEFAULT_CHANNEL, Seedance2AiCatalogue.CHANNELS);
    String prompt = prompt(body.get("prompt"));
    String ratio = oneOf(body, "aspect_ratio", Seedance2AiCatalogue.DEFAULT_ASPECT_RATIO, Seedance2AiCatalogue.ASPECT_RATIOS);
    String resolution = oneOf(body, "resolution", Seedance2AiCatalogue.DEFAULT_RESOLUTION, Seedance2AiCatalogue.RESOLUTIONS);
    if (Seedance2AiCatalogue.PRO_ONLY_RESOLUTIONS.contains(resolution) && !tier.equals("pro")) {
      throw new InvalidSeedance2AiRequest("resolution " + resolution + " is available on the pro quality_tier only");
    }
    int duration = duration(body.get("duration"));
    String image = url(body, "image_url");
    String endImage = url(body, "end_image_url");
    List<String> media = media(body.get("media_urls"));
    inputsFitMode(mode, image, endImage, media);
    Boolean audio = Fields.bool(body.get("generate_audio"), true);
    Boolean fixedLens = Fields.bool(body.get("fixed_lens"), false);
    if (audio == null || fixedLens == null) {
      throw new InvalidSeedance2AiRequest("generate_audio and fixed_lens must be booleans");
    }
    Long seed = seed(body.get("seed"), tier, channel);
    return new Seedance2AiRequest(mode, tier, channel, prompt, ratio, resolution, duration, image, endImage, media,
        audio, fixedLens, seed);
  }

  private static void inputsFitMode(String mode, String image, String endImage, List<String> media)
      throws InvalidSeedance2AiRequest {
    if (mode.equals(Seedance2AiCatalogue.IMAGE_TO_VIDEO) && image == null) {
      throw new InvalidSeedance2AiRequest("image_url is required for image-to-video");
    }
    if (mode.equals(Seedance2AiCatalogue.MEDIA_TO_VIDEO) && media.isEmpty()) {
      throw new InvalidSeedance2AiRequest("media_urls is required for media-to-video");
    }
    if (mode.equals(Seedance2AiCatalogue.TEXT_TO_VIDEO) && (image != null || endImage != null)) {
      throw new InvalidSeedance2AiRequest("image_url and end_image_url need mode image-to-video or media-to-video");
    }
    if (!mode.equals(Seedance2AiCatalogue.MEDIA_TO_VIDEO) && !media.isEmpty()) {
      throw new InvalidSeedance2AiRequest("media_urls needs mode media-to-video");
    }
    if (endImage != null && image == null) {
      throw new InvalidSeedance2AiRequest("end_image_url needs image_url");
    }
  }

  private static String prompt(JsonNode node) throws InvalidSeedance2AiRequest {
    if (Fields.absent(node) || !node.isTextual()) {
      throw new InvalidSeedance2AiRequest("prompt is required and must be a string");
    }
    String stripped = node.textValue().strip();
    int length = stripped.codePointCount(0, stripped.length());
    if (length < Seedance2AiCatalogue.PROMPT_MIN || length > Seedance2AiCatalogue.PROMPT_MAX) {
      throw new InvalidSeedance2AiRequest("prompt must be " + Seedance2AiCatalogue.PROMPT_MIN + "-"
          + Seedance2AiCatalogue.PROMPT_MAX + " characters, got " + length);
    }
    return node.textValue();
  }

  private static int duration(JsonNode node) throws InvalidSeedance2AiRequest {
    if (Fields.absent(node)) {
      return Seedance2AiCatalogue.DEFAULT_DURATION;
    }
    OptionalInt d = Fields.integer(node);
    if (d.isEmpty() || d.getAsInt() < Seedance2AiCatalogue.DURATION_MIN || d.getAsInt() > Seedance2AiCatalogue.DURATION_MAX) {
      throw new InvalidSeedance2AiRequest("duration must be \"" + Seedance2AiCatalogue.DURATION_MIN + "\" to \""
          + Seedance2AiCatalogue.DURATION_MAX + "\" seconds");
    }
    return d.getAsInt();
  }

  private static List<String> media(JsonNode node) throws InvalidSeedance2AiRequest {
    List<String> urls = new ArrayList<>();
    if (Fields.absent(node)) {
      return urls;
    }
    if (!node.isArray()) {
      throw new InvalidSeedance2AiRequest("media_urls must be an array of URLs");
    }
    if (node.size() > Seedance2AiCatalogue.MEDIA_MAX) {
      throw new InvalidSeedance2AiRequest("media_urls accepts at most " + Seedance2AiCatalogue.MEDIA_MAX + " URLs");
    }
    for (JsonNode u : node) {
      if (!u.isTextual() || !httpsUrl(u.textValue())) {
        throw new InvalidSeedance2AiRequest("media_urls must hold public https URLs");
      }
      urls.add(u.textValue());
    }
    return urls;
  }

  private static Long seed(JsonNode node, String tier, String channel) throws InvalidSeedance2AiRequest {
    if (Fields.absent(node)) {
      return null;
    }
    Long seed = null;
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      seed = node.longValue();
    } else if (node.isTextual()) {
      try {
        seed = Long.parseLong(node.textValue().trim());
      } catch (NumberFormatException e) {
        seed = null;
      }
    }
    if (seed == null || seed < Seedance2AiCatalogue.SEED_MIN || seed > Seedance2AiCatalogue.SEED_MAX) {
      throw new InvalidSeedance2AiRequest("seed must be an integer from -1 to 4294967295");
    }
    if (tier.equals("mini") || channel.equals("real")) {
      throw new InvalidSeedance2AiRequest("seed is not supported on the real channel or the mini tier");
    }
    return seed;
  }

  private static String url(ObjectNode body, String field) throws InvalidSeedance2AiRequest {
    JsonNode node = body.get(field);
    if (Fields.absent(node)) {
      return null;
    }
    if (!node.isTextual() || !httpsUrl(node.textValue())) {
      throw new InvalidSeedance2AiRequest(field + " must be a public https URL");
    }
    return node.textValue();
  }

  private static String oneOf(ObjectNode body, String field, String fallback, List<String> allowed)
      throws InvalidSeedance2AiRequest {
    JsonNode node = body.get(field);
    if (Fields.absent(node)) {
      return fallback;
    }
    if (!node.isTextual() || !allowed.contains(node.textValue())) {
      throw new InvalidSeedance2AiRequest(field + " must be one of " + allowed);
    }
    return node.textValue();
  }

  /** @return true for an absolute https URL with a host (the seed: "public https URL") */
  static boolean httpsUrl(String value) {
    try {
      URI u = URI.create(value);
      return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
