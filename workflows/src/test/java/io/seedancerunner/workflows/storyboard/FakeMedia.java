package io.seedancerunner.workflows.storyboard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-in for the media activities: a frame URL named after the clip, a film named after the
 * storyboard with the clips' count, and prior takes from {@link #PRIOR} (none by default).
 */
public class FakeMedia implements StoryboardActivities {

  /** Every lastFrame request, in call order. */
  public final List<LastFrameRequest> frames = new CopyOnWriteArrayList<>();
  /** Every stitch request, in call order. */
  public final List<StitchRequest> stitches = new CopyOnWriteArrayList<>();
  /** Storyboard id → prior takes the next lookup answers. */
  public final Map<String, List<PriorTake>> prior = new ConcurrentHashMap<>();

  /** @return the URL {@link #lastFrame} answers for a clip */
  public static String frameUrl(String clipPath) {
    return "https://runner.example/v1/frames/" + clipPath.replace('/', '_') + ".jpg";
  }

  @Override
  public String lastFrame(LastFrameRequest request) {
    frames.add(request);
    return frameUrl(request.clipPath());
  }

  @Override
  public Film stitch(StitchRequest request) {
    stitches.add(request);
    String dir = "/data/storyboards/" + request.storyboardId() + "/";
    return new Film(dir + "film.mp4", dir + "contact-sheet.jpg", 1000L * request.clipPaths().size(),
        request.clipPaths().size() * 4.0, request.clipPaths().size(), false);
  }

  @Override
  public List<PriorTake> priorTakes(String storyboardId, List<TakeLookup> shots) {
    List<PriorTake> known = prior.get(storyboardId);
    return known != null ? known : shots.stream().map(s -> PriorTake.none(s.shot())).toList();
  }
}
