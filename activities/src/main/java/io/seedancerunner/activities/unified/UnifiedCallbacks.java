package io.seedancerunner.activities.unified;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a job's webhook URL may travel as unified's {@code callback_url}. Seed 004: "Only HTTPS
 * protocol is supported", "Callbacks to private IP addresses are prohibited (127.0.0.1, 10.x.x.x,
 * 172.16-31.x.x, 192.168.x.x, etc.)", "URL length must not exceed 2048 characters". Our choice: a
 * URL that breaks one of these is left out, so the job polls only, rather than having the whole
 * submit refused. "Private" is judged from the host's literal form (loopback, private, link-local,
 * unspecified, 100.64/10, fc00::/7, {@code localhost}, {@code *.localhost}); no DNS lookup is made.
 */
final class UnifiedCallbacks {

  /** Seed 004: "URL length must not exceed 2048 characters". */
  static final int MAX_LENGTH = 2048;
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private UnifiedCallbacks() {}

  /**
   * @param url the job's webhook URL, or {@code null}
   * @return the URL when the provider accepts it, else {@code null} (poll only)
   */
  static String usable(String url) {
    if (url == null || url.length() > MAX_LENGTH) {
      return null;
    }
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return "https".equalsIgnoreCase(u.getScheme()) && !privateHost(u.getHost()) ? url : null;
  }

  /** @return true for a missing host, a localhost name, or a private or loopback literal address */
  static boolean privateHost(String host) {
    if (host == null || host.isBlank()) {
      return true;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    boolean ipv4 = IPV4.matcher(h).matches();
    if (!ipv4 && !h.contains(":")) {
      return false;
    }
    if (ipv4 && Arrays.stream(h.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
      return true;
    }
    try {
      InetAddress a = InetAddress.getByName(h);
      byte[] b = a.getAddress();
      boolean cgnat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
      boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
      return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
          || cgnat || uniqueLocal;
    } catch (UnknownHostException e) {
      return true;
    }
  }
}
