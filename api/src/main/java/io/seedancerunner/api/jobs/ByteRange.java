package io.seedancerunner.api.jobs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, parsed from a {@code Range} header (RFC 9110 section 14).
 *
 * <p>Our choices where the RFC lets a server choose: a header that is not a single
 * {@code bytes=} range (another unit, several ranges, bad syntax) is ignored and the whole file
 * is served with 200; a first position at or past the end, or a zero-length suffix, is
 * unsatisfiable (416).
 *
 * @param start first byte, inclusive
 * @param end   last byte, inclusive
 */
public record ByteRange(long start, long end) {

  private static final Pattern SINGLE = Pattern.compile("bytes=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

  /** How a {@code Range} header applies to a file. */
  public enum Kind { WHOLE, PARTIAL, UNSATISFIABLE }

  /**
   * The outcome of parsing.
   *
   * @param kind  whole file, one range, or unsatisfiable
   * @param range the range when {@code PARTIAL}, else null
   */
  public record Parsed(Kind kind, ByteRange range) {}

  /** @return the number of bytes in the range */
  public long length() {
    return end - start + 1;
  }

  /**
   * @param header the {@code Range} header, or null
   * @param size   the file's size in bytes
   * @return whole, partial or unsatisfiable
   */
  public static Parsed parse(String header, long size) {
    if (header == null) {
      return new Parsed(Kind.WHOLE, null);
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())
        || m.group(1).length() > 18 || m.group(2).length() > 18) {
      return new Parsed(Kind.WHOLE, null);
    }
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      if (suffix == 0 || size == 0) {
        return new Parsed(Kind.UNSATISFIABLE, null);
      }
      return partial(Math.max(0, size - suffix), size - 1);
    }
    long start = Long.parseLong(m.group(1));
    if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < start) {
      return new Parsed(Kind.WHOLE, null); // invalid syntax: ignore the header (RFC 9110 14.1.1)
    }
    long end = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
    if (start >= size) {
      return new Parsed(Kind.UNSATISFIABLE, null);
    }
    return partial(start, Math.min(end, size - 1));
  }

  private static Parsed partial(long start, long end) {
    return new Parsed(Kind.PARTIAL, new ByteRange(start, end));
  }

  /** @return the {@code Content-Range} value, {@code bytes start-end/size} */
  public String contentRange(long size) {
    return "bytes " + start + "-" + end + "/" + size;
  }
}
