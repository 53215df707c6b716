package io.seedancerunner.workflows.storyboard;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * The storyboard's media and bookkeeping work, on {@link #TASK_QUEUE}: a worker there must see
 * the same data folder as the download workers (the clips are files under
 * {@code data/videos/}). FFmpeg's command line does the media work.
 *
 * <p>Errors: {@link #FFMPEG_FAILED} (non-retryable: FFmpeg refused the input; the message holds
 * the end of its output), {@link #MISSING_CLIP} (non-retryable: a clip is not on disk); I/O and
 * Temporal client errors are thrown as they are, so Temporal retries them.
 */
@ActivityInterface(namePrefix = "Storyboard")
public interface StoryboardActivities {

  /** Task queue of these activities. */
  String TASK_QUEUE = "seedance-media";
  /** {@code ApplicationFailure} type: FFmpeg or ffprobe exited with an error. */
  String FFMPEG_FAILED = "FfmpegFailed";
  /** {@code ApplicationFailure} type: a clip the request names is not on disk. */
  String MISSING_CLIP = "MissingClip";

  /**
   * Takes the last frame of a finished shot and makes it something the next shot's provider can
   * fetch: the frame is extracted with FFmpeg as a JPEG and stored as
   * {@code data/frames/<sha256>.jpg} (content-addressed, so the name is unguessable and a retry
   * writes the same file). The answer is a {@code data:image/jpeg;base64,...} URL where the target
   * provider's dialect accepts base64 images (openai-videos, seed 002: "Accepts URL or base64";
   * ark, ModelArk {@code image_url}) and the runner's public base URL is not reachable from the
   * internet (a loopback or private host); else {@code <public-base-url>/v1/frames/<sha256>.jpg},
   * which the api serves.
   *
   * @param request the clip and the provider that will use the frame
   * @return an http(s) URL or a {@code data:} URL of the JPEG
   */
  @ActivityMethod
  String lastFrame(LastFrameRequest request);

  /**
   * Joins the clips into {@code data/storyboards/<id>/film.mp4} with FFmpeg's concat demuxer: by
   * stream copy when every clip has the same codecs and parameters (ffprobe: codec, pixel size,
   * pixel format, frame rate, time base, audio codec, sample rate, channels), else by re-encoding
   * (H.264 + AAC, every clip scaled and padded to the first clip's size). Draws
   * {@code contact-sheet.jpg} next to it: one frame from the middle of each clip, tiled (FFmpeg's
   * {@code tile} filter). Both files are written under a temporary name and renamed into place.
   *
   * @param request the storyboard and its clips in film order
   * @return the film
   */
  @ActivityMethod
  Film stitch(StitchRequest request);

  /**
   * Finds the takes an earlier run of this storyboard id left behind, so that a new run never
   * generates a finished shot again: for each shot it describes the workflow ids
   * {@code <id>/shot-<n>}, {@code .../take-2}, ... until one does not exist, and adopts the last
   * completed take whose {@code GenerationRequest} equals the one asked (the first frame is left
   * out of the comparison for {@code continue} shots: it comes from the shot before).
   *
   * @param storyboardId the storyboard id
   * @param shots        the shots to look up
   * @return one answer per shot, in the same order
   */
  @ActivityMethod
  List<PriorTake> priorTakes(String storyboardId, List<TakeLookup> shots);
}
