package io.seedancerunner.activities.download;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Content-Range: bytes <first>-<last>/<total|*>} header (RFC 9110 §14.4).
 *
 * @param first first byte position
 * @param last  last byte position
 * @param total complete length, or -1 for {@code *}
 */
record ContentRange(long first, long last, long total) {

  private static final Pattern FORM = Pattern.compile("\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)\\s*");

  /**
   * @param header the header value, or {@code null}
   * @return the parsed range, or {@code null} when absent or malformed
   */
  static ContentRange parse(String header) {
    if (header == null) {
      return null;
    }
    Matcher m = FORM.matcher(header);
    if (!m.matches()) {
      return null;
    }
    long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
    return new ContentRange(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), total);
  }
}
