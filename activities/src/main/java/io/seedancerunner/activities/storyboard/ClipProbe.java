package io.seedancerunner.activities.storyboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a clip's streams with {@code ffprobe -print_format json -show_streams -show_format}.
 *
 * <p>Errors: ffprobe's own ({@link Ffmpeg}); a file without a video stream fails with
 * {@code StoryboardActivities.FFMPEG_FAILED}.
 */
@Singleton
public class ClipProbe {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Ffmpeg ffmpeg;

  /** @param ffmpeg the tools */
  public ClipProbe(Ffmpeg ffmpeg) {
    this.ffmpeg = ffmpeg;
  }

  /**
   * @param clip an MP4
   * @return its join parameters and duration
   */
  public ClipParams probe(Path clip) {
    String out = ffmpeg.ffprobe(List.of("-v", "error", "-print_format", "json", "-show_streams", "-show_format",
        clip.toString()));
    JsonNode root;
    try {
      root = JSON.readTree(out);
    } catch (JsonProcessingException e) {
      throw Ffmpeg.failed("ffprobe printed no JSON for " + clip.getFileName() + ": " + e.getOriginalMessage());
    }
    JsonNode video = stream(root, "video");
    if (video == null) {
      throw Ffmpeg.failed(clip + " has no video stream");
    }
    JsonNode audio = stream(root, "audio");
    return new ClipParams(
        root.path("format").path("duration").asDouble(video.path("duration").asDouble(0)),
        video.path("codec_name").asText(), video.path("profile").asText(""),
        video.path("width").asInt(), video.path("height").asInt(),
        video.path("pix_fmt").asText(""), video.path("r_frame_rate").asText(""), video.path("time_base").asText(""),
        audio == null ? null : audio.path("codec_name").asText(),
        audio == null ? 0 : audio.path("sample_rate").asInt(),
        audio == null ? 0 : audio.path("channels").asInt());
  }

  private static JsonNode stream(JsonNode root, String type) {
    for (JsonNode s : root.path("streams")) {
      if (type.equals(s.path("codec_type").asText())) {
        return s;
      }
    }
    return null;
  }
}
