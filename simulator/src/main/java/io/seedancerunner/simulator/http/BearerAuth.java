package io.seedancerunner.simulator.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks {@code Authorization: Bearer <key>} (both seeds) in constant time. The key itself is
 * never logged.
 */
public final class BearerAuth {

  private BearerAuth() {}

  /**
   * @param request     the request
   * @param expectedKey the configured API key
   * @return true when the request carries exactly that key
   */
  public static boolean matches(HttpRequest<?> request, String expectedKey) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header == null || expectedKey == null || expectedKey.isEmpty()) {
      return false;
    }
    String prefix = "Bearer ";
    if (header.length() <= prefix.length() || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return false;
    }
    byte[] given = header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expectedKey.getBytes(StandardCharsets.UTF_8));
  }
}
