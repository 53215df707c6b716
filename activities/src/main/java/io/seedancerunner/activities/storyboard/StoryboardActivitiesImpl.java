package io.seedancerunner.activities.storyboard;

import io.seedancerunner.workflows.storyboard.Film;
import io.seedancerunner.workflows.storyboard.LastFrameRequest;
import io.seedancerunner.workflows.storyboard.PriorTake;
import io.seedancerunner.workflows.storyboard.StitchRequest;
import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.seedancerunner.workflows.storyboard.TakeLookup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@link StoryboardActivities}: {@link LastFrames}, {@link FilmStitcher} and {@link PriorTakes}.
 * Storage errors are thrown as {@link UncheckedIOException}, which Temporal retries. The media steps
 * heartbeat while they run ({@link Heartbeat}).
 */
@Singleton
public class StoryboardActivitiesImpl implements StoryboardActivities {

  private final LastFrames frames;
  private final FilmStitcher stitcher;
  private final PriorTakes prior;

  /**
   * @param frames   last frames
   * @param stitcher the film and contact sheet
   * @param prior    takes of earlier runs
   */
  public StoryboardActivitiesImpl(LastFrames frames, FilmStitcher stitcher, PriorTakes prior) {
    this.frames = frames;
    this.stitcher = stitcher;
    this.prior = prior;
  }

  @Override
  public String lastFrame(LastFrameRequest request) {
    try (Heartbeat beat = Heartbeat.start()) {
      return frames.publish(request);
    } catch (IOException e) {
      throw new UncheckedIOException("storyboard " + request.storyboardId() + ": frames folder error", e);
    }
  }

  @Override
  public Film stitch(StitchRequest request) {
    try (Heartbeat beat = Heartbeat.start()) {
      return stitcher.stitch(request);
    } catch (IOException e) {
      throw new UncheckedIOException("storyboard " + request.storyboardId() + ": storage error", e);
    }
  }

  @Override
  public List<PriorTake> priorTakes(String storyboardId, List<TakeLookup> shots) {
    return prior.find(storyboardId, shots);
  }
}
