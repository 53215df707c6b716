package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.List;

/** Builds a shot's {@link GenerationRequest} from the defaults and its overrides. Pure; safe in workflow code. */
public final class ShotRequests {

  private ShotRequests() {}

  /**
   * @param defaults      the storyboard's defaults
   * @param shot          the shot
   * @param firstFrameUrl the first frame to send: the previous shot's last frame for a
   *                      {@code continue} shot, else the shot's own ({@code null} for none)
   * @return the request for the shot's {@code GenerationWorkflow}
   */
  public static GenerationRequest build(ShotDefaults defaults, Shot shot, String firstFrameUrl) {
    GenerationOptions options = shot.seed() == null && shot.returnLastFrame() == null ? GenerationOptions.NONE
        : new GenerationOptions(shot.seed(), null, null, shot.returnLastFrame(), null, null);
    return new GenerationRequest(
        or(shot.provider(), defaults.provider()),
        or(shot.model(), defaults.model()),
        shot.prompt(),
        shot.durationSeconds() != null ? shot.durationSeconds() : defaults.durationSeconds(),
        or(shot.resolution(), defaults.resolution()),
        or(shot.aspectRatio(), defaults.aspectRatio()),
        shot.generateAudio() != null ? shot.generateAudio() : defaults.generateAudio(),
        shot.fixedLens() != null ? shot.fixedLens() : defaults.fixedLens(),
        firstFrameUrl,
        shot.lastFrameUrl(),
        shot.referenceImageUrls(),
        List.of(),
        List.of(),
        options);
  }

  /**
   * @param defaults the storyboard's defaults
   * @param shot     the shot
   * @return the request as a continue shot's predecessor lookup compares it: the shot's own first
   *     frame for a cut, none for a {@code continue} shot
   */
  public static GenerationRequest planned(ShotDefaults defaults, Shot shot) {
    return build(defaults, shot, shot.continues() ? null : shot.firstFrameUrl());
  }

  private static String or(String override, String dflt) {
    return override != null ? override : dflt;
  }
}
