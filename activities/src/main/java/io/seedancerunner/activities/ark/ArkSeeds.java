package io.seedancerunner.activities.ark;

import io.seedancerunner.activities.provider.SubmitAttempt;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The {@code seed} the runner sends on ark when the request sets none: the first four bytes of
 * SHA-256 of the attempt's key {@code <jobId>-a<attempt>}, read as an unsigned integer, so a value
 * in [0, 4294967295], the range the create task API allows for {@code seed}
 * (https://docs.byteplus.com/en/docs/ModelArk/1520757). The same attempt always gets the same
 * seed, another attempt or job almost surely another one (a clash is one in 2^32), and the task
 * record echoes it: {@link ArkReconciler} matches on it after a lost submit, see
 * {@code docs/providers/ark.md}.
 */
final class ArkSeeds {

  private ArkSeeds() {}

  /**
   * @param attempt the submit
   * @return the request's own seed when it sets one (including -1, "random"), else the seed
   *     derived from the attempt's key
   */
  static long of(SubmitAttempt attempt) {
    Long own = attempt.request().options().seed();
    return own != null ? own : derived(attempt.idempotencyKey());
  }

  /**
   * @param key the attempt's key {@code <jobId>-a<attempt>}
   * @return its seed, 0..4294967295
   */
  static long derived(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return Integer.toUnsignedLong(ByteBuffer.wrap(hash, 0, 4).getInt());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
