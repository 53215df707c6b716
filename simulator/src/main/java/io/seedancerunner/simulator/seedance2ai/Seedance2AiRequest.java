package io.seedancerunner.simulator.seedance2ai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.TaskSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated {@code POST /api/v1/video/seedance2} body with the defaults of seed 003 applied.
 *
 * @param mode          text-to-video, image-to-video or media-to-video
 * @param qualityTier   mini, standard or pro
 * @param channel       standard, real or wild
 * @param prompt        3..10000 characters
 * @param aspectRatio   as asked, {@code adaptive} included
 * @param resolution    as asked: 720p, 1080p, 1080p-plus or 4k
 * @param duration      4..15 seconds
 * @param imageUrl      first frame, or null
 * @param endImageUrl   last frame, or null
 * @param mediaUrls     reference images and videos, empty when none
 * @param generateAudio whether the clip gets an audio track (default true)
 * @param fixedLens     whether the lens is locked (default false)
 * @param seed          the seed asked for, or null
 */
record Seedance2AiRequest(
    String mode,
    String qualityTier,
    String channel,
    String prompt,
    String aspectRatio,
    String resolution,
    int duration,
    String imageUrl,
    String endImageUrl,
    List<String> mediaUrls,
    boolean generateAudio,
    boolean fixedLens,
    Long seed) {

  /** Metadata field naming the owning account (its index in the configured keys). */
  static final String OWNER = "owner";

  /** Copies the media list. */
  Seedance2AiRequest {
    mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
  }

  /** @return the charge in credits, see {@link Seedance2AiCatalogue#credits} */
  long credits() {
    return Seedance2AiCatalogue.credits(qualityTier, resolution, duration);
  }

  /**
   * @param owner the owning account's index in {@link Seedance2AiSettings#apiKeys()}
   * @return the shared task spec: rendered resolution and aspect ratio, every image and video URL,
   *         no callback (the dialect is poll-only); the request itself and its owner ride along
   *         in {@code metadata}
   */
  TaskSpec toSpec(int owner) {
    List<String> urls = new ArrayList<>();
    if (imageUrl != null) {
      urls.add(imageUrl);
    }
    if (endImageUrl != null) {
      urls.add(endImageUrl);
    }
    urls.addAll(mediaUrls);
    ObjectNode meta = Json.object().put(OWNER, owner).put("mode", mode).put("quality_tier", qualityTier)
        .put("channel", channel).put("aspect_ratio", aspectRatio).put("resolution", resolution);
    if (seed != null) {
      meta.put("seed", seed);
    }
    return new TaskSpec(Seedance2AiCatalogue.MODEL, prompt, Seedance2AiCatalogue.renderedResolution(resolution),
        Seedance2AiCatalogue.renderedAspectRatio(aspectRatio), duration, generateAudio, fixedLens, urls, null, meta);
  }
}
