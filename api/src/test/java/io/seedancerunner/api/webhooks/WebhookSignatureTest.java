package io.seedancerunner.api.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);

  @Test
  void knownVector() {
    // RFC-style test vector: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
    assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", WebhookSignature.sign("key", BODY));
  }

  @Test
  void verifies() {
    String sig = WebhookSignature.sign("key", BODY);
    assertTrue(WebhookSignature.verify("key", BODY, sig));
    assertTrue(WebhookSignature.verify("key", BODY, " sha256=" + sig.toUpperCase()));
    assertFalse(WebhookSignature.verify("key", BODY, null));
    assertFalse(WebhookSignature.verify("key", BODY, ""));
    assertFalse(WebhookSignature.verify("other", BODY, sig));
    assertFalse(WebhookSignature.verify("key", "x".getBytes(StandardCharsets.US_ASCII), sig));
  }
}
