package io.seedancerunner.api.generation;

import io.seedancerunner.api.config.ApiSettings;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the links of a job from {@code seedance.public-base-url}. */
@Singleton
public class JobLinks {

  /**
   * The links of one job.
   *
   * @param self   {@code GET} the job's status
   * @param video  {@code GET} the MP4 once finished
   * @param cancel {@code POST} to cancel
   */
  public record Links(String self, String video, String cancel) {}

  private final String base;

  /** @param settings for {@code seedance.public-base-url} */
  public JobLinks(ApiSettings settings) {
    String url = settings.publicBaseUrl();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** @return the links, with the job id URL-encoded (storyboard shot ids contain '/') */
  public Links of(String jobId) {
    String self = base + "/v1/generations/" + URLEncoder.encode(jobId, StandardCharsets.UTF_8).replace("+", "%20");
    return new Links(self, self + "/video", self + "/cancel");
  }
}
