package io.seedancerunner.api.studio;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.storyboard.ShotChanges;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The studio's reshoot form ({@code application/x-www-form-urlencoded}): the fields a director may
 * change; a blank field keeps the shot's value.
 *
 * @param prompt          the new prompt, or blank
 * @param durationSeconds the new duration in whole seconds, or blank
 * @param firstFrameUrl   the new first frame's public http(s) URL, or blank
 */
@Introspected
public record ReshootForm(@Nullable String prompt, @Nullable String durationSeconds, @Nullable String firstFrameUrl) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * @return the changes
   * @throws ApiException 400 naming {@code durationSeconds} when it is not a whole number
   */
  public ShotChanges changes() {
    return new ShotChanges(blank(prompt) ? null : prompt.strip(), seconds(), null,
        blank(firstFrameUrl) ? null : firstFrameUrl.strip(), null, null);
  }

  /** @return the changes as the JSON body {@code POST /v1/storyboards/{id}/shots/{shot}/reshoot} takes */
  public byte[] json() {
    ShotChanges c = changes();
    ObjectNode body = JSON.createObjectNode();
    if (c.prompt() != null) {
      body.put("prompt", c.prompt());
    }
    if (c.durationSeconds() != null) {
      body.put("durationSeconds", c.durationSeconds());
    }
    if (c.firstFrameUrl() != null) {
      body.put("firstFrameUrl", c.firstFrameUrl());
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private Integer seconds() {
    if (blank(durationSeconds)) {
      return null;
    }
    if (!durationSeconds.strip().matches("[0-9]{1,4}")) {
      throw ApiException.invalid(List.of(new FieldError("durationSeconds",
          "durationSeconds must be a whole number of seconds, not '" + durationSeconds + "'", List.of())));
    }
    return Integer.valueOf(durationSeconds.strip());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
