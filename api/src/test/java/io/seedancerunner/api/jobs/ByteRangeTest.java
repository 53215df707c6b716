package io.seedancerunner.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seedancerunner.api.jobs.ByteRange.Kind;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

  private static ByteRange.Parsed parse(String header) {
    return ByteRange.parse(header, 1000);
  }

  @Test
  void singleRanges() {
    assertEquals(new ByteRange(0, 99), parse("bytes=0-99").range());
    assertEquals(new ByteRange(900, 999), parse("bytes=900-").range());
    assertEquals(new ByteRange(990, 999), parse("bytes=-10").range());
    assertEquals(new ByteRange(0, 999), parse("bytes=-5000").range(), "a suffix longer than the file is all of it");
    assertEquals(new ByteRange(500, 999), parse("bytes=500-99999").range(), "the end is clamped");
    assertEquals("bytes 500-999/1000", parse("bytes=500-").range().contentRange(1000));
    assertEquals(500, parse("bytes=500-").range().length());
  }

  @Test
  void unsatisfiable() {
    assertEquals(Kind.UNSATISFIABLE, parse("bytes=1000-").kind());
    assertEquals(Kind.UNSATISFIABLE, parse("bytes=1000-1001").kind());
    assertEquals(Kind.UNSATISFIABLE, parse("bytes=-0").kind());
    assertEquals(Kind.UNSATISFIABLE, ByteRange.parse("bytes=0-", 0).kind());
  }

  @Test
  void ignoredHeadersServeTheWholeFile() {
    assertEquals(Kind.WHOLE, parse(null).kind());
    assertEquals(Kind.WHOLE, parse("items=0-5").kind());
    assertEquals(Kind.WHOLE, parse("bytes=0-1,4-5").kind());
    assertEquals(Kind.WHOLE, parse("bytes=9-3").kind());
    assertEquals(Kind.WHOLE, parse("bytes=-").kind());
    assertEquals(Kind.WHOLE, parse("bytes=99999999999999999999-").kind());
  }
}
