package io.seedancerunner.simulator.ark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.tasks.TaskSpec;

/**
 * The ark fields a {@link TaskSpec} has no place for, kept in its {@code metadata} object (which
 * no other reader of an ark task looks at): {@code {"content":[...],"ratio","seed","camera_fixed",
 * "watermark","return_last_frame","service_tier","execution_expires_after","input_video_seconds"}}.
 *
 * @param spec the validated request
 */
record ArkOrder(TaskSpec spec) {

  /**
   * @param content               the normalized {@code content[]} items, as the client sent them
   * @param ratio                 the requested ratio, {@code adaptive} included
   * @param seed                  the seed the task runs with (a drawn one when the client sent -1)
   * @param cameraFixed           {@code camera_fixed}
   * @param watermark             {@code watermark}
   * @param returnLastFrame       {@code return_last_frame}
   * @param serviceTier           {@code default} or {@code flex}
   * @param expiresAfter          {@code execution_expires_after}, seconds
   * @param inputVideoSeconds     length of the reference videos, seconds
   * @return the metadata object
   */
  static ObjectNode metadata(ArrayNode content, String ratio, long seed, boolean cameraFixed, boolean watermark,
      boolean returnLastFrame, String serviceTier, int expiresAfter, int inputVideoSeconds) {
    ObjectNode m = Json.object();
    m.set("content", content);
    m.put("ratio", ratio).put("seed", seed).put("camera_fixed", cameraFixed).put("watermark", watermark)
        .put("return_last_frame", returnLastFrame).put("service_tier", serviceTier)
        .put("execution_expires_after", expiresAfter).put("input_video_seconds", inputVideoSeconds);
    return m;
  }

  private JsonNode m() {
    return spec.metadata() == null ? Json.object() : spec.metadata();
  }

  /** @return the {@code content[]} items as sent (normalized) */
  JsonNode content() {
    return m().path("content");
  }

  /** @return the requested ratio */
  String ratio() {
    return m().path("ratio").asText(spec.aspectRatio());
  }

  /** @return the seed the task runs with */
  long seed() {
    return m().path("seed").asLong(-1);
  }

  /** @return {@code camera_fixed} */
  boolean cameraFixed() {
    return m().path("camera_fixed").asBoolean(false);
  }

  /** @return {@code watermark} */
  boolean watermark() {
    return m().path("watermark").asBoolean(false);
  }

  /** @return {@code return_last_frame} */
  boolean returnLastFrame() {
    return m().path("return_last_frame").asBoolean(false);
  }

  /** @return {@code service_tier} */
  String serviceTier() {
    return m().path("service_tier").asText("default");
  }

  /** @return {@code execution_expires_after}, seconds */
  int expiresAfter() {
    return m().path("execution_expires_after").asInt(ArkModels.DEFAULT_EXPIRES_AFTER);
  }

  /** @return length of the reference videos, seconds */
  int inputVideoSeconds() {
    return m().path("input_video_seconds").asInt(0);
  }

  /** @return the task's tokens, see {@link ArkModels#tokens} */
  long tokens() {
    return ArkModels.tokens(spec.resolution(), spec.aspectRatio(), spec.durationSeconds(), inputVideoSeconds());
  }
}
