package io.seedancerunner.activities.storyboard;

import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.workflows.storyboard.Film;
import io.seedancerunner.workflows.storyboard.StitchRequest;
import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins a storyboard's clips into {@code film.mp4} with FFmpeg (see
 * {@link StoryboardActivities#stitch}): the concat demuxer with {@code -c copy} when every clip's
 * {@link ClipParams#joinKey()} is the same, else one re-encode through the concat filter (H.264
 * {@code veryfast} CRF 20, yuv420p, the first clip's size and frame rate; AAC 48 kHz stereo when any
 * clip has sound, silence for the clips without). Then the contact sheet.
 */
@Singleton
public class FilmStitcher {

  private static final Logger LOG = LoggerFactory.getLogger(FilmStitcher.class);

  private final Path dataDir;
  private final Ffmpeg ffmpeg;
  private final ClipProbe probe;
  private final ContactSheet sheet;

  /**
   * @param config data folder
   * @param ffmpeg the tools
   * @param probe  ffprobe reader
   * @param sheet  the contact sheet
   */
  public FilmStitcher(RunnerConfig config, Ffmpeg ffmpeg, ClipProbe probe, ContactSheet sheet) {
    this.dataDir = Path.of(config.getDataDir());
    this.ffmpeg = ffmpeg;
    this.probe = probe;
    this.sheet = sheet;
  }

  /**
   * @param request the storyboard and its clips
   * @return the film and contact sheet
   * @throws IOException when the storyboard's folder cannot be written (retried)
   */
  public Film stitch(StitchRequest request) throws IOException {
    Path folder = StoryboardPaths.folder(dataDir, request.storyboardId());
    Files.createDirectories(folder);
    List<Path> clips = new ArrayList<>();
    for (String c : request.clipPaths()) {
      Path clip = Path.of(c);
      if (!Files.isRegularFile(clip)) {
        throw ApplicationFailure.newNonRetryableFailure("a clip of storyboard " + request.storyboardId()
            + " is not on disk: " + clip, StoryboardActivities.MISSING_CLIP);
      }
      clips.add(clip);
    }
    if (clips.isEmpty()) {
      throw ApplicationFailure.newNonRetryableFailure("no clip to stitch", StoryboardActivities.MISSING_CLIP);
    }
    List<ClipParams> params = Parallel.map(clips, probe::probe);
    boolean copy = params.stream().map(ClipParams::joinKey).distinct().count() == 1;
    Path part = folder.resolve("film.part.mp4");
    if (copy) {
      concatByCopy(folder, clips, part);
    } else {
      concatByReencode(clips, params, part);
    }
    double duration = probe.probe(part).durationSeconds();
    Path film = folder.resolve(StoryboardPaths.FILM);
    Files.move(part, film, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Path contact = sheet.draw(folder, clips, params);
    LOG.info("storyboard {}: film of {} shots, {} s, {}", request.storyboardId(), clips.size(),
        String.format(Locale.ROOT, "%.2f", duration), copy ? "stream copy" : "re-encoded");
    return new Film(film.toString(), contact.toString(), Files.size(film), duration, clips.size(), !copy);
  }

  private void concatByCopy(Path folder, List<Path> clips, Path part) throws IOException {
    Path list = folder.resolve("concat.txt");
    StringBuilder lines = new StringBuilder();
    for (Path clip : clips) {
      // concat demuxer syntax: file '<path>', a quote written as '\''
      lines.append("file '").append(clip.toAbsolutePath().toString().replace("'", "'\\''")).append("'\n");
    }
    Files.writeString(list, lines);
    try {
      ffmpeg.ffmpeg(List.of("-v", "error", "-y", "-f", "concat", "-safe", "0", "-i", list.toString(),
          "-c", "copy", "-movflags", "+faststart", part.toString()));
    } finally {
      Files.deleteIfExists(list);
    }
  }

  private void concatByReencode(List<Path> clips, List<ClipParams> params, Path part) {
    ClipParams first = params.get(0);
    int width = first.width() - first.width() % 2;
    int height = first.height() - first.height() % 2;
    String fps = first.frameRate().isBlank() || first.frameRate().startsWith("0") ? "24" : first.frameRate();
    boolean sound = params.stream().anyMatch(ClipParams::hasAudio);
    List<String> args = new ArrayList<>(List.of("-v", "error", "-y"));
    clips.forEach(c -> args.addAll(List.of("-i", c.toString())));
    StringBuilder graph = new StringBuilder();
    StringBuilder joined = new StringBuilder();
    int silences = 0;
    for (int i = 0; i < clips.size(); i++) {
      ClipParams p = params.get(i);
      String seconds = String.format(Locale.ROOT, "%.6f", p.durationSeconds());
      graph.append(String.format(Locale.ROOT, "[%d:v]scale=%d:%d:force_original_aspect_ratio=decrease,"
          + "pad=%d:%d:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=%s,format=yuv420p,trim=duration=%s,setpts=PTS-STARTPTS[v%d];",
          i, width, height, width, height, fps, seconds, i));
      joined.append("[v").append(i).append(']');
      if (sound) {
        String input;
        if (p.hasAudio()) {
          input = i + ":a";
        } else {
          input = (clips.size() + silences++) + ":a";
          args.addAll(List.of("-f", "lavfi", "-t", seconds, "-i", "anullsrc=r=48000:cl=stereo"));
        }
        graph.append(String.format(Locale.ROOT, "[%s]aformat=sample_rates=48000:channel_layouts=stereo,apad,"
            + "atrim=duration=%s,asetpts=PTS-STARTPTS[a%d];", input, seconds, i));
        joined.append("[a").append(i).append(']');
      }
    }
    graph.append(joined).append("concat=n=").append(clips.size()).append(":v=1:a=").append(sound ? 1 : 0)
        .append(sound ? "[v][a]" : "[v]");
    args.addAll(List.of("-filter_complex", graph.toString(), "-map", "[v]"));
    if (sound) {
      args.addAll(List.of("-map", "[a]", "-c:a", "aac", "-b:a", "160k"));
    }
    args.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-movflags", "+faststart",
        part.toString()));
    ffmpeg.ffmpeg(args);
  }
}
