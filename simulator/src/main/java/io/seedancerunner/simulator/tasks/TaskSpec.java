package io.seedancerunner.simulator.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a client asked for, after the dialect validated and defaulted it.
 *
 * @param model           model id, for example {@code seedance-2.0}
 * @param prompt          the prompt
 * @param resolution      {@code 480p}, {@code 720p} or {@code 1080p}
 * @param aspectRatio     for example {@code 16:9}
 * @param durationSeconds duration of the video, in seconds
 * @param generateAudio   whether the video gets an audio track
 * @param fixedLens       whether the camera is locked (echoed only)
 * @param imageUrls       first frame then reference images; empty for text-to-video
 * @param webhookUrl      where to POST the terminal callback, or null
 * @param metadata        the client's metadata object (open-api), or null
 */
public record TaskSpec(
    String model,
    String prompt,
    String resolution,
    String aspectRatio,
    int durationSeconds,
    boolean generateAudio,
    boolean fixedLens,
    List<String> imageUrls,
    String webhookUrl,
    JsonNode metadata) {

  /** Copies the image list so the record stays immutable. */
  public TaskSpec {
    imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
  }

  /** @return true when a first frame image was given (image-to-video) */
  public boolean hasFirstFrame() {
    return !imageUrls.isEmpty();
  }
}
