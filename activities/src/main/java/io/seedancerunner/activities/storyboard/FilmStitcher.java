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
 * Joins a storyboard's clips into {@code film.mp4} with FFmpeg's libraries (see
 * {@link StoryboardActivities#stitch}): by stream copy ({@link FilmCopy}) when every clip's
 * {@link ClipParams#joinKey()} is the same, else one re-encode ({@link FilmReencode}: H.264
 * {@code veryfast} CRF 20, yuv420p, the first clip's size and frame rate; AAC 48 kHz stereo when any
 * clip has sound, silence for the clips without). Then the contact sheet.
 */
@Singleton
public class FilmStitcher {

  private static final Logger LOG = LoggerFactory.getLogger(FilmStitcher.class);

  private final Path dataDir;
  private final ClipProbe probe;
  private final ContactSheet sheet;

  /**
   * @param config data folder
   * @param probe  stream reader
   * @param sheet  the contact sheet
   */
  public FilmStitcher(RunnerConfig config, ClipProbe probe, ContactSheet sheet) {
    this.dataDir = Path.of(config.getDataDir());
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
    try {
      if (copy) {
        FilmCopy.join(clips, part);
      } else {
        FilmReencode.join(clips, params, part);
      }
    } catch (IOException e) {
      Files.deleteIfExists(part);
      throw MediaFailure.of("film of storyboard " + request.storyboardId() + " (" + (copy ? "stream copy" : "re-encode")
          + ")", e);
    }
    double duration = probe.probe(part).durationSeconds();
    Path film = folder.resolve(StoryboardPaths.FILM);
    Files.move(part, film, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Path contact = sheet.draw(folder, clips, params);
    LOG.info("storyboard {}: film of {} shots, {} s, {}", request.storyboardId(), clips.size(),
        String.format(Locale.ROOT, "%.2f", duration), copy ? "stream copy" : "re-encoded");
    return new Film(film.toString(), contact.toString(), Files.size(film), duration, clips.size(), !copy);
  }
}
