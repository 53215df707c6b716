package io.seedancerunner.api.storyboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.seedancerunner.api.generation.JobIds;
import io.seedancerunner.workflows.storyboard.Storyboard;
import java.util.UUID;

/**
 * Storyboard ids the api makes and storyboard fingerprints. The fingerprint, kept in the
 * workflow memo as {@code requestSha256}, is sha256 of the normalised storyboard as JSON with
 * sorted keys: a repeat that only spells out a default, or comes as YAML instead of JSON, is the
 * same storyboard.
 */
final class StoryboardFingerprint {

  /** Prefix of the ids the api makes when the client names none. */
  static final String PREFIX = "sb-";

  private static final JsonMapper CANONICAL = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private StoryboardFingerprint() {}

  /** @return {@code sb-} + a random UUID */
  static String randomId() {
    return PREFIX + UUID.randomUUID();
  }

  /** @return lower-case hex sha256 of the storyboard's canonical JSON */
  static String sha256(Storyboard storyboard) {
    try {
      return JobIds.sha256(CANONICAL.writeValueAsBytes(storyboard));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a Storyboard", e);
    }
  }
}
