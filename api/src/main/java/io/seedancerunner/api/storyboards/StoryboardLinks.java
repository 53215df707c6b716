package io.seedancerunner.api.storyboards;

import io.seedancerunner.api.config.ApiSettings;
import jakarta.inject.Singleton;

/** Builds the links of a storyboard from {@code seedance.public-base-url}. */
@Singleton
public class StoryboardLinks {

  /**
   * The links of one storyboard.
   *
   * @param self         {@code GET} the storyboard's status
   * @param film         {@code GET} film.mp4 once the film is ready
   * @param contactSheet {@code GET} the contact sheet (JPEG) once the film is ready
   * @param cancel       {@code POST} to cancel
   * @param reshoot      {@code POST} to reshoot a shot: replace {@code {shot}} with its number
   */
  public record Links(String self, String film, String contactSheet, String cancel, String reshoot) {}

  private final String base;

  /** @param settings for {@code seedance.public-base-url} */
  public StoryboardLinks(ApiSettings settings) {
    String url = settings.publicBaseUrl();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * @param storyboardId a valid storyboard id ({@code [A-Za-z0-9._-]}, nothing to encode)
   * @return its links
   */
  public Links of(String storyboardId) {
    String self = base + "/v1/storyboards/" + storyboardId;
    return new Links(self, self + "/film", self + "/contact-sheet", self + "/cancel", self + "/shots/{shot}/reshoot");
  }
}
