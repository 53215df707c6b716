package io.seedancerunner.activities.ark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The ark create task body, as a typed wire record (create task API,
 * https://docs.byteplus.com/en/docs/ModelArk/1520757; see {@code docs/providers/ark.md}). Null
 * fields are left out, so the provider's defaults apply to every option the request does not set.
 *
 * @param model                 model id, for example {@code dreamina-seedance-2-0-260128}
 * @param content               the text item and the media items, in that order
 * @param resolution            {@code 480p|720p|1080p}
 * @param ratio                 aspect ratio, for example {@code 16:9} or {@code adaptive}
 * @param duration              seconds
 * @param generateAudio         whether the clip has sound
 * @param cameraFixed           {@code true} to fix the lens, else left out
 * @param seed                  0..4294967295, or -1 for random
 * @param watermark             whether to watermark, or null
 * @param serviceTier           {@code default|flex}, or null
 * @param returnLastFrame       whether to return the last frame, or null
 * @param executionExpiresAfter seconds a task may wait before it expires, or null
 * @param callbackUrl           webhook URL, or null to poll only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArkCreateRequest(
    String model,
    List<Item> content,
    String resolution,
    String ratio,
    int duration,
    @JsonProperty("generate_audio") boolean generateAudio,
    @JsonProperty("camera_fixed") Boolean cameraFixed,
    long seed,
    Boolean watermark,
    @JsonProperty("service_tier") String serviceTier,
    @JsonProperty("return_last_frame") Boolean returnLastFrame,
    @JsonProperty("execution_expires_after") Integer executionExpiresAfter,
    @JsonProperty("callback_url") String callbackUrl) {

  /**
   * One {@code content[]} item: {@code {"type":"text","text":"..."}} or
   * {@code {"type":"image_url","image_url":{"url":"..."},"role":"first_frame"}} (likewise
   * {@code video_url}, {@code audio_url}).
   *
   * @param type     {@code text|image_url|video_url|audio_url}
   * @param text     the prompt, for a text item
   * @param imageUrl the image, for an image item
   * @param videoUrl the video, for a video item
   * @param audioUrl the audio, for an audio item
   * @param role     {@code first_frame|last_frame|reference_image|reference_video|reference_audio}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Item(
      String type,
      String text,
      @JsonProperty("image_url") Url imageUrl,
      @JsonProperty("video_url") Url videoUrl,
      @JsonProperty("audio_url") Url audioUrl,
      String role) {

    /** @return the text item */
    static Item text(String prompt) {
      return new Item("text", prompt, null, null, null, null);
    }

    /**
     * @param type {@code image_url|video_url|audio_url}
     * @param url  the media's address
     * @param role its role
     * @return the media item
     */
    static Item media(String type, String url, String role) {
      Url u = new Url(url);
      return new Item(type, null, "image_url".equals(type) ? u : null, "video_url".equals(type) ? u : null,
          "audio_url".equals(type) ? u : null, role);
    }
  }

  /** @param url a media address */
  record Url(String url) {}
}
