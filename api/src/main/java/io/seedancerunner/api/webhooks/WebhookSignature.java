package io.seedancerunner.api.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code open-api} webhook signature (seed 000): header {@code x-seedance-signature} =
 * hex HMAC-SHA256(webhook secret, raw body). Compared in constant time. Our tolerances, since the
 * seed shows only {@code <hex_sha256_hmac>}: upper- or lower-case hex, and an optional
 * {@code sha256=} prefix.
 */
public final class WebhookSignature {

  /** The signature header's name. */
  public static final String HEADER = "x-seedance-signature";

  private WebhookSignature() {}

  /** @return lower-case hex HMAC-SHA256 of the body under the secret */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /**
   * @param secret the account's webhook secret
   * @param body   the raw body as received
   * @param header the header's value, or null
   * @return true when the header carries the body's signature
   */
  public static boolean verify(String secret, byte[] body, String header) {
    if (header == null) {
      return false;
    }
    String given = header.strip().toLowerCase(Locale.ROOT);
    if (given.startsWith("sha256=")) {
      given = given.substring("sha256=".length());
    }
    return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
        given.getBytes(StandardCharsets.US_ASCII));
  }
}
