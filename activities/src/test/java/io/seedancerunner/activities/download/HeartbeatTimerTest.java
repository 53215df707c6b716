package io.seedancerunner.activities.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HeartbeatTimerTest {

  @Test
  void heartbeatsTheFirstOffsetThenAtMostOncePerInterval() {
    List<Long> beats = new ArrayList<>();
    AtomicLong now = new AtomicLong();
    HeartbeatTimer timer = new HeartbeatTimer(beats::add, 1_000, now::get);
    for (long offset = 8192; offset <= 8192 * 100; offset += 8192) {
      timer.accept(offset);
      now.addAndGet(100);
    }
    assertEquals(List.of(8192L, 8192L * 11, 8192L * 21, 8192L * 31, 8192L * 41, 8192L * 51, 8192L * 61,
        8192L * 71, 8192L * 81, 8192L * 91), beats);
  }
}
