package io.seedancerunner.simulator.ark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Presigned result URLs: shape, lifetime, and what breaks the signature. */
class ArkUrlsTest {

  private static final Instant SIGNED = Instant.parse("2026-11-20T10:15:30Z");

  private static ArkSettings settings(long ttl) {
    return new ArkSettings("k", 120, 3600, "", ttl, 5);
  }

  private static Map<String, String> query(String url) {
    Map<String, String> q = new HashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      q.put(kv[0], kv[1]);
    }
    return q;
  }

  private static ArkUrls.Check check(ArkUrls urls, String task, String file, Map<String, String> q, Instant now) {
    return urls.verify(task, file, q.get("X-Tos-Date"), q.get("X-Tos-Expires"), q.get("X-Tos-Signature"), now);
  }

  @Test
  void aUrlIsValidForItsLifetimeThenExpires() {
    ArkUrls urls = new ArkUrls(settings(86400));
    String url = urls.presign("http://h:1", "cgt-1", ArkUrls.VIDEO, SIGNED);
    assertTrue(url.startsWith("http://h:1/sim/ark/tos/cgt-1/video.mp4?X-Tos-Algorithm=TOS4-HMAC-SHA256"
        + "&X-Tos-Date=20261120T101530Z&X-Tos-Expires=86400&X-Tos-Signature="), url);
    Map<String, String> q = query(url);
    assertEquals(ArkUrls.Check.OK, check(urls, "cgt-1", ArkUrls.VIDEO, q, SIGNED));
    assertEquals(ArkUrls.Check.OK, check(urls, "cgt-1", ArkUrls.VIDEO, q, SIGNED.plusSeconds(86400)));
    assertEquals(ArkUrls.Check.EXPIRED, check(urls, "cgt-1", ArkUrls.VIDEO, q, SIGNED.plusSeconds(86401)));
  }

  @Test
  void anyChangeBreaksTheSignature() {
    ArkUrls urls = new ArkUrls(settings(60));
    Map<String, String> q = query(urls.presign("http://h", "cgt-1", ArkUrls.VIDEO, SIGNED));
    assertEquals(ArkUrls.Check.BAD_SIGNATURE, check(urls, "cgt-2", ArkUrls.VIDEO, q, SIGNED));
    assertEquals(ArkUrls.Check.BAD_SIGNATURE, check(urls, "cgt-1", ArkUrls.LAST_FRAME, q, SIGNED));
    Map<String, String> longer = new HashMap<>(q);
    longer.put("X-Tos-Expires", "6000");
    assertEquals(ArkUrls.Check.BAD_SIGNATURE, check(urls, "cgt-1", ArkUrls.VIDEO, longer, SIGNED));
    Map<String, String> unsigned = new HashMap<>(q);
    unsigned.remove("X-Tos-Signature");
    assertEquals(ArkUrls.Check.BAD_SIGNATURE, check(urls, "cgt-1", ArkUrls.VIDEO, unsigned, SIGNED));
    assertEquals(ArkUrls.Check.BAD_SIGNATURE, check(new ArkUrls(settings(60)), "cgt-1", ArkUrls.VIDEO, q, SIGNED),
        "another start draws another key");
  }

  @Test
  void tokensFollowTheDocumentedFormula() {
    assertEquals(86_400, ArkModels.tokens("720p", "16:9", 4, 0), "4 × 1280 × 720 × 24 / 1024");
    assertEquals(9 * 10_044, ArkModels.tokens("480p", "16:9", 4, 5), "input video seconds count too");
    assertEquals("16:9", ArkModels.pixelRatio("adaptive"));
  }
}
