package io.seedancerunner.api.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

  @Test
  void stopsAtTheLimit() throws IOException {
    LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5}), 3);
    assertEquals(1, in.read());
    assertArrayEquals(new byte[] {2, 3}, in.readAllBytes());
    assertEquals(-1, in.read());
  }
}
