package io.seedancerunner.api.generation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.seedancerunner.workflows.model.GenerationRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Job ids (equal to workflow ids) and request fingerprints.
 *
 * <p>With an {@code Idempotency-Key} the id is {@code gen-} + the first 32 hex digits of
 * sha256(key), so a repeated POST lands on the same workflow; without one it is {@code gen-} + a
 * random UUID. The fingerprint, stored in the workflow memo as {@code requestSha256}, is sha256 of
 * the normalised request as JSON with sorted keys, so a repeat that differs only by spelling out a
 * default is the same request.
 */
public final class JobIds {

  /** Prefix of every job id this api creates. */
  public static final String PREFIX = "gen-";
  /** Memo key of the request fingerprint. */
  public static final String MEMO_REQUEST_SHA256 = "requestSha256";

  private static final JsonMapper CANONICAL = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private JobIds() {}

  /** @return {@code gen-} + the first 32 hex digits of sha256 of the UTF-8 key */
  public static String fromIdempotencyKey(String key) {
    return PREFIX + sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }

  /** @return {@code gen-} + a random UUID */
  public static String random() {
    return PREFIX + UUID.randomUUID();
  }

  /** @return sha256 (hex) of the request serialised with sorted keys */
  public static String requestSha256(GenerationRequest request) {
    try {
      return sha256(CANONICAL.writeValueAsBytes(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a GenerationRequest", e);
    }
  }

  /** @return lower-case hex sha256 of the bytes */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
