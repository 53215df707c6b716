package io.seedancerunner.simulator.ark;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Presigned result URLs, shaped like the TOS presigned GET URLs real ark answers
 * ({@code ...?X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Date=...&X-Tos-Expires=86400&X-Tos-Signature=...}):
 * {@code <base>/sim/ark/tos/<taskId>/<file>?X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Date=<yyyyMMdd'T'HHmmss'Z'>
 * &X-Tos-Expires=<seconds>&X-Tos-Signature=<hex>}. The signature is HMAC-SHA256, under
 * {@link ArkSettings}' random key, of {@code GET\n<taskId>/<file>\n<date>\n<expires>}: it covers the
 * method, so a HEAD does not match (like a presigned S3/TOS GET URL). The date is when the task
 * succeeded, so every poll answers the same URL and it is valid {@code url-ttl-seconds} from then.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkUrls {

  /** The video file name. */
  static final String VIDEO = "video.mp4";
  /** The last frame file name. */
  static final String LAST_FRAME = "last_frame.png";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Why a presigned URL is refused. */
  enum Check {
    /** Valid. */
    OK,
    /** A parameter is missing or malformed, or the signature does not match. */
    BAD_SIGNATURE,
    /** The URL is past {@code X-Tos-Date + X-Tos-Expires}. */
    EXPIRED
  }

  private final ArkSettings settings;

  /** @param settings ark settings (key, lifetime) */
  public ArkUrls(ArkSettings settings) {
    this.settings = settings;
  }

  /**
   * @param baseUrl  the simulator's base URL, for example {@code http://localhost:8080}
   * @param taskId   the task
   * @param file     {@link #VIDEO} or {@link #LAST_FRAME}
   * @param signedAt the instant the URL is issued at (the task's success)
   * @return the presigned URL
   */
  String presign(String baseUrl, String taskId, String file, Instant signedAt) {
    String date = DATE.format(signedAt);
    long expires = settings.urlTtlSeconds();
    return baseUrl + "/sim/ark/tos/" + taskId + "/" + file + "?X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Date=" + date
        + "&X-Tos-Expires=" + expires + "&X-Tos-Signature=" + sign(taskId, file, date, String.valueOf(expires));
  }

  /**
   * @param taskId    the task named by the path
   * @param file      the file named by the path
   * @param date      {@code X-Tos-Date}, or null
   * @param expires   {@code X-Tos-Expires}, or null
   * @param signature {@code X-Tos-Signature}, or null
   * @param now       the current instant
   * @return whether a GET may be served
   */
  Check verify(String taskId, String file, String date, String expires, String signature, Instant now) {
    if (date == null || expires == null || signature == null) {
      return Check.BAD_SIGNATURE;
    }
    byte[] expected = sign(taskId, file, date, expires).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
      return Check.BAD_SIGNATURE;
    }
    try {
      Instant signedAt = Instant.from(DATE.parse(date));
      return now.isAfter(signedAt.plusSeconds(Long.parseLong(expires))) ? Check.EXPIRED : Check.OK;
    } catch (DateTimeParseException | NumberFormatException e) {
      return Check.BAD_SIGNATURE;
    }
  }

  private String sign(String taskId, String file, String date, String expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(settings.urlKey(), "HmacSHA256"));
      String canonical = "GET\n" + taskId + "/" + file + "\n" + date + "\n" + expires;
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
