package io.seedancerunner.simulator.unified;

import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.TaskSpec;
import java.util.List;

/**
 * A validated {@code POST /v1/videos/generations} body with seed 004's defaults applied.
 *
 * @param prompt        the prompt
 * @param duration      4..15 seconds (default 5)
 * @param quality       480p, 720p or 1080p (default 720p)
 * @param aspectRatio   as asked, {@code adaptive} included (default 16:9)
 * @param generateAudio default true
 * @param contentFilter default true; false is billed 1.1x
 * @param callbackUrl   where the terminal callback goes, or null
 */
record UnifiedRequest(
    String prompt,
    int duration,
    String quality,
    String aspectRatio,
    boolean generateAudio,
    boolean contentFilter,
    String callbackUrl) {

  /** @return the charge in credits, see {@link UnifiedCatalogue#credits} */
  long credits() {
    return UnifiedCatalogue.credits(quality, duration, contentFilter);
  }

  /**
   * @return the shared task spec: {@code adaptive} rendered at 16:9; the asked aspect ratio and
   *         the content filter ride along in {@code metadata}
   */
  TaskSpec toSpec() {
    String rendered = "adaptive".equals(aspectRatio) ? "16:9" : aspectRatio;
    return new TaskSpec(UnifiedCatalogue.MODEL, prompt, quality, rendered, duration, generateAudio, false, List.of(),
        callbackUrl, Json.object().put("aspect_ratio", aspectRatio).put("content_filter", contentFilter));
  }
}
