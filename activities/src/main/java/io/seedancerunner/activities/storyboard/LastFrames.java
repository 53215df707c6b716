package io.seedancerunner.activities.storyboard;

import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.config.RunnerConfig;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.media.Sha256;
import io.seedancerunner.workflows.storyboard.LastFrameRequest;
import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Takes a clip's last frame with FFmpeg's libraries ({@link Pictures#last}: decode the last second,
 * keep the last picture) as a JPEG, stores it content-addressed in {@code data/frames/}, and
 * answers the URL the next shot's provider fetches, or the image inline (see
 * {@link StoryboardActivities#lastFrame}).
 */
@Singleton
public class LastFrames {

  /**
   * Dialects whose first-frame field takes a base64 image: openai-videos (seed 002, {@code image}:
   * "Accepts URL or base64") and ark (ModelArk {@code image_url.url}: a URL or
   * {@code data:image/<format>;base64,...}).
   */
  static final Set<String> BASE64_DIALECTS = Set.of("openai-videos", "ark");

  private final Path dataDir;
  private final String publicBaseUrl;
  private final ProviderRegistry registry;

  /**
   * @param config   data folder and public base URL
   * @param registry provider accounts, for the target's dialect
   */
  public LastFrames(RunnerConfig config, ProviderRegistry registry) {
    this.dataDir = Path.of(config.getDataDir());
    this.publicBaseUrl = config.getPublicBaseUrl();
    this.registry = registry;
  }

  /**
   * @param request the clip and the provider that will use the frame
   * @return an http(s) URL under the public base URL, or a {@code data:image/jpeg;base64,} URL
   * @throws ApplicationFailure non-retryable {@link StoryboardActivities#MISSING_CLIP} when the clip
   *     is not on disk; {@link StoryboardActivities#FFMPEG_FAILED} when FFmpeg fails
   * @throws IOException when the frames folder cannot be written (retried)
   */
  public String publish(LastFrameRequest request) throws IOException {
    Path clip = Path.of(request.clipPath());
    if (!Files.isRegularFile(clip)) {
      throw ApplicationFailure.newNonRetryableFailure("the clip of shot " + request.shot() + " is not on disk: "
          + clip, StoryboardActivities.MISSING_CLIP);
    }
    Path frames = StoryboardPaths.frames(dataDir);
    Files.createDirectories(frames);
    Path part = Files.createTempFile(frames, "last-", ".part.jpg");
    try {
      try {
        Pictures.writeJpeg(Pictures.last(clip), part);
      } catch (IOException e) {
        throw MediaFailure.of("last frame of " + clip, e);
      }
      String sha = Sha256.of(part);
      Path frame = frames.resolve(sha + ".jpg");
      Files.move(part, frame, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      if (inline(request.forProvider())) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(frame));
      }
      return publicBaseUrl.replaceAll("/+$", "") + "/v1/frames/" + frame.getFileName();
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** @return whether the frame goes inline: a base64 dialect, and a base URL providers cannot reach */
  boolean inline(String provider) {
    String dialect = registry.config(provider).map(ProviderConfig::getDialect).orElse("");
    return BASE64_DIALECTS.contains(dialect) && !reachableFromInternet(publicBaseUrl);
  }

  /**
   * @param baseUrl the public base URL
   * @return false for a loopback, private, link-local or {@code .local}/{@code .localhost} host (an
   *     IP literal or a name; names are not resolved), true otherwise
   */
  static boolean reachableFromInternet(String baseUrl) {
    String host;
    try {
      host = URI.create(baseUrl).getHost();
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
        || host.endsWith(".internal")) {
      return false;
    }
    if (host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
      String[] p = host.split("\\.");
      int a = Integer.parseInt(p[0]);
      int b = Integer.parseInt(p[1]);
      return !(a == 10 || a == 127 || a == 0 || a == 169 && b == 254 || a == 172 && b >= 16 && b <= 31
          || a == 192 && b == 168);
    }
    if (host.startsWith("[")) {
      String v6 = host.substring(1, host.length() - 1);
      return !(v6.equals("::1") || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe80"));
    }
    return true;
  }
}
