package io.seedancerunner.api.generation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Job ids (equal to workflow ids) and request fingerprints.
 *
 * <p>With an {@code Idempotency-Key} the id is {@code gen-} + the first 32 hex digits of
 * sha256(tenant NUL key), so a repeated POST of one tenant lands on the same workflow and two tenants'
 * keys never meet; without one it is {@code gen-} + a
 * random UUID. The fingerprint, stored in the workflow memo as {@code requestSha256}, is sha256 of
 * the normalised request and its job policy as JSON with sorted keys, so a repeat that differs only by spelling out a
 * default is the same request.
 */
public final class JobIds {

  /** Prefix of every job id this api creates. */
  public static final String PREFIX = "gen-";
  /** Memo key of the request fingerprint. */
  public static final String MEMO_REQUEST_SHA256 = "requestSha256";
  /** Memo key of the tenant that owns a job or storyboard (the one that started it). */
  public static final String MEMO_TENANT = "tenant";

  private static final JsonMapper CANONICAL = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private JobIds() {}

  /**
   * Idempotency keys are scoped per tenant: the same key sent by two tenants names two jobs.
   *
   * @param tenant the tenant of the caller's credential
   * @param key    the {@code Idempotency-Key} header
   * @return {@code gen-} + the first 32 hex digits of sha256 of the UTF-8 of {@code tenant NUL key}
   */
  public static String fromIdempotencyKey(String tenant, String key) {
    return PREFIX + sha256((tenant + '\0' + key).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }

  /** @return {@code gen-} + a random UUID */
  public static String random() {
    return PREFIX + UUID.randomUUID();
  }

  /**
   * @param request the normalised request
   * @param policy  its job policy (tenant, attempts, fallbacks): a repeat that changes any of them
   *                is another request
   * @return sha256 (hex) of both serialised with sorted keys
   */
  public static String requestSha256(GenerationRequest request, JobPolicy policy) {
    try {
      return sha256(CANONICAL.writeValueAsBytes(java.util.Map.of("request", request, "policy", policy)));
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
