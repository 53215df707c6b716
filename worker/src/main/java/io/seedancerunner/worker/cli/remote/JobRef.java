package io.seedancerunner.worker.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an id names on the runner: a storyboard ({@code /v1/storyboards/{id}}) or a single clip
 * job ({@code /v1/generations/{id}}, storyboard shots {@code <storyboardId>/shot-<n>} included),
 * found by asking the storyboard endpoint first and the clip endpoint on its 404.
 *
 * @param id     the id as given
 * @param kind   storyboard or clip
 * @param status the status answer's JSON
 */
public record JobRef(String id, Kind kind, JsonNode status) {

  /** The two kinds of job the API serves. */
  public enum Kind {
    /** A storyboard: {@code /v1/storyboards/{id}}. */
    STORYBOARD("/v1/storyboards/"),
    /** One clip: {@code /v1/generations/{id}}. */
    CLIP("/v1/generations/");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** @return the job's resource path, the id percent-encoded */
    public String path(String id) {
      return prefix + RunnerApi.segment(id);
    }
  }

  /** @return this job's resource path */
  public String path() {
    return kind.path(id);
  }

  /**
   * @param api the runner
   * @param id  a storyboard id or a clip job id
   * @return the job and its current status
   * @throws ApiRefused 404 when neither endpoint knows the id; the API's error for any other
   *                    non-2xx answer
   * @throws RunnerApi.ApiUnreachable when the runner does not answer
   */
  public static JobRef find(RunnerApi api, String id) {
    ApiAnswer storyboard = api.get(Kind.STORYBOARD.path(id));
    if (storyboard.ok()) {
      return new JobRef(id, Kind.STORYBOARD, storyboard.json());
    }
    if (storyboard.status() != 404) {
      throw new ApiRefused(storyboard);
    }
    ApiAnswer clip = api.get(Kind.CLIP.path(id));
    if (clip.ok()) {
      return new JobRef(id, Kind.CLIP, clip.json());
    }
    if (clip.status() == 404) {
      throw new ApiRefused(404, "no storyboard or clip job with id '" + id + "' at " + api.baseUrl());
    }
    throw new ApiRefused(clip);
  }
}
