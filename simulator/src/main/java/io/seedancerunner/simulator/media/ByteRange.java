package io.seedancerunner.simulator.media;

/**
 * A client's {@code Range} header applied to a file of known size (RFC 9110 section 14).
 * Supported: {@code bytes=N-}, {@code bytes=N-M}, {@code bytes=-S} (last S bytes). A header that
 * is absent, malformed, not in bytes, or asks for several ranges is ignored (the whole file is
 * sent with 200), which RFC 9110 allows.
 *
 * @param kind  what to answer
 * @param start first byte offset (inclusive), for PARTIAL
 * @param end   last byte offset (inclusive), for PARTIAL
 */
public record ByteRange(Kind kind, long start, long end) {

  /** What to answer. */
  public enum Kind {
    /** 200, the whole file. */
    FULL,
    /** 206 with {@code Content-Range: bytes start-end/size}. */
    PARTIAL,
    /** 416 with {@code Content-Range: bytes *}{@code /size}. */
    UNSATISFIABLE
  }

  /** @return bytes to send for PARTIAL */
  public long length() {
    return end - start + 1;
  }

  /**
   * @param header the raw {@code Range} header, or null
   * @param size   the file size, in bytes
   * @return the range to answer
   */
  public static ByteRange parse(String header, long size) {
    ByteRange full = new ByteRange(Kind.FULL, 0, size - 1);
    if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6)) {
      return full;
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (spec.contains(",") || dash < 0) {
      return full;
    }
    try {
      String first = spec.substring(0, dash).trim();
      String last = spec.substring(dash + 1).trim();
      if (first.isEmpty()) {
        long suffix = Long.parseLong(last);
        if (suffix <= 0 || size == 0) {
          return unsatisfiable();
        }
        return new ByteRange(Kind.PARTIAL, Math.max(0, size - suffix), size - 1);
      }
      long start = Long.parseLong(first);
      long end = last.isEmpty() ? Long.MAX_VALUE : Long.parseLong(last);
      if (start < 0 || end < start) {
        return full;
      }
      if (start >= size) {
        return unsatisfiable();
      }
      return new ByteRange(Kind.PARTIAL, start, Math.min(end, size - 1));
    } catch (NumberFormatException e) {
      return full;
    }
  }

  private static ByteRange unsatisfiable() {
    return new ByteRange(Kind.UNSATISFIABLE, 0, -1);
  }
}
