package io.seedancerunner.simulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "null,          FULL,          0, 999",
      "bytes=0-,      PARTIAL,       0, 999",
      "bytes=100-,    PARTIAL,     100, 999",
      "bytes=100-199, PARTIAL,     100, 199",
      "bytes=900-5000,PARTIAL,     900, 999",
      "bytes=999-999, PARTIAL,     999, 999",
      "bytes=-10,     PARTIAL,     990, 999",
      "bytes=-5000,   PARTIAL,       0, 999",
      "BYTES=5-6,     PARTIAL,       5,   6",
      "bytes=1000-,   UNSATISFIABLE, 0,  -1",
      "bytes=1000-2000,UNSATISFIABLE,0,  -1",
      "bytes=-0,      UNSATISFIABLE, 0,  -1",
      "bytes=5-4,     FULL,          0, 999",
      "bytes=0-1;2-3, FULL,          0, 999",
      "items=0-5,     FULL,          0, 999",
      "bytes=x-,      FULL,          0, 999"})
  void parses(String header, ByteRange.Kind kind, long start, long end) {
    String h = header == null ? null : header.replace(';', ',');
    ByteRange r = ByteRange.parse(h, 1000);
    assertEquals(kind, r.kind());
    assertEquals(start, r.start());
    assertEquals(end, r.end());
  }
}
