package io.seedancerunner.simulator.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The open-api webhook signature (seed 000): {@code x-seedance-signature: <hex_sha256_hmac>},
 * read as lower-case hex of HMAC-SHA256(key = the webhook secret as UTF-8, message = the exact
 * raw request body). The seed does not say which bytes are signed; the raw body is what a
 * careful verifier can reproduce.
 */
public final class WebhookSignature {

  /** The header name, as seed 000 writes it. */
  public static final String HEADER = "x-seedance-signature";

  private WebhookSignature() {}

  /**
   * @param secret the webhook secret
   * @param body   the exact body bytes
   * @return 64 lower-case hex digits
   */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
