package io.seedancerunner.simulator.unified;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The callback rules of seed 004: "Only HTTPS protocol is supported", "Callbacks to private IP
 * addresses are prohibited (127.0.0.1, 10.x.x.x, 172.16-31.x.x, 192.168.x.x, etc.)", "URL length
 * must not exceed 2048 characters". Our reading of "etc.": loopback, private, link-local, the
 * unspecified address, carrier-grade NAT (100.64/10), IPv6 unique-local (fc00::/7), and the names
 * {@code localhost} and {@code *.localhost}. Hosts are judged by their literal form only; no DNS
 * lookup is made (our choice: the simulator never resolves names).
 */
final class CallbackAddresses {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private CallbackAddresses() {}

  /**
   * @param url a callback URL
   * @return true for an absolute {@code https} URL whose host is not private or loopback
   */
  static boolean publicHttps(String url) {
    URI u = parse(url);
    return u != null && "https".equalsIgnoreCase(u.getScheme()) && !privateHost(u.getHost());
  }

  /**
   * @param url a callback URL
   * @return true for an absolute {@code http} or {@code https} URL with a host
   */
  static boolean httpUrl(String url) {
    URI u = parse(url);
    return u != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
  }

  /**
   * @param host a URL's host, possibly a bracketed IPv6 literal
   * @return true for a private, loopback, link-local or unspecified literal address, or a
   *         localhost name
   */
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
    if (ipv4 && java.util.Arrays.stream(h.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
      return true; // not an address at all: refused, and never handed to a resolver
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

  private static URI parse(String url) {
    try {
      URI u = URI.create(url);
      return u.isAbsolute() && u.getHost() != null ? u : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
