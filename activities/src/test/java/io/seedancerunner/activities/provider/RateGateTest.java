package io.seedancerunner.activities.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.activities.support.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateGateTest {

  private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

  private final ManualClock clock = new ManualClock(T0);

  private RateGate gate(int requests, long windowSeconds, long marginMillis) {
    return new RateGate(requests, Duration.ofSeconds(windowSeconds), Duration.ofMillis(marginMillis), clock);
  }

  @Test
  void aFullWindowWaitsUntilTheOldestSendLeavesWindowPlusMargin() {
    RateGate gate = gate(3, 60, 1000);
    assertEquals(Duration.ZERO, gate.admit());
    clock.advance(Duration.ofSeconds(10));
    assertEquals(Duration.ZERO, gate.admit());
    clock.advance(Duration.ofSeconds(10));
    assertEquals(Duration.ZERO, gate.admit());
    clock.advance(Duration.ofSeconds(10));

    assertEquals(Duration.ofSeconds(31), gate.admit(), "the send at T0 leaves at T0 + 60 s + 1 s");
    clock.advance(Duration.ofMillis(30_999));
    assertEquals(Duration.ofMillis(1), gate.admit());
    clock.advance(Duration.ofMillis(1));
    assertEquals(Duration.ZERO, gate.admit());
    assertEquals(Duration.ofSeconds(10), gate.admit(), "next: the send at T0 + 10 s leaves at T0 + 71 s");
  }

  @Test
  void theMarginDelaysTheNextSendPastTheBareWindow() {
    RateGate bare = gate(1, 60, 0);
    RateGate margined = gate(1, 60, 1000);
    assertEquals(Duration.ZERO, bare.admit());
    assertEquals(Duration.ZERO, margined.admit());
    clock.advance(Duration.ofSeconds(60));
    assertEquals(Duration.ZERO, bare.admit());
    assertEquals(Duration.ofSeconds(1), margined.admit());
  }

  @Test
  void seedanceTwoAiQuotaAdmitsThirtyPerSixtySeconds() {
    RateGate gate = gate(30, 60, 1000);
    for (int i = 0; i < 30; i++) {
      assertEquals(Duration.ZERO, gate.admit(), "send " + (i + 1));
    }
    assertEquals(Duration.ofSeconds(61), gate.admit());
    assertEquals(Duration.ofSeconds(61), gate.admit(), "a refused send is not counted");
  }

  @Test
  void noWindowAdmitsEverything() {
    RateGate gate = gate(0, 60, 1000);
    for (int i = 0; i < 1000; i++) {
      assertEquals(Duration.ZERO, gate.admit());
    }
  }

  @Test
  void a429WithRetryAfterSecondsBlocksEverySendUntilReceivedAtPlusTheDelay() {
    RateGate gate = gate(0, 60, 1000);
    clock.advance(Duration.ofMillis(250));
    gate.answered(429, "20");
    assertEquals(T0.plusMillis(20_250), gate.blockedUntil().orElseThrow());
    assertEquals(Duration.ofSeconds(20), gate.admit());
    clock.advance(Duration.ofSeconds(19));
    assertEquals(Duration.ofSeconds(1), gate.admit());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Duration.ZERO, gate.admit());
    assertTrue(gate.blockedUntil().isEmpty());
  }

  @Test
  void a429WithAnHttpDateBlocksUntilThatDate() {
    RateGate gate = gate(0, 60, 1000);
    gate.answered(429, "Mon, 02 Nov 2026 10:01:30 GMT");
    assertEquals(Duration.ofSeconds(90), gate.admit());
    assertEquals(Instant.parse("2026-11-02T10:01:30Z"), gate.blockedUntil().orElseThrow());
  }

  @Test
  void onlyA429WithAReadableRetryAfterBlocks() {
    RateGate gate = gate(0, 60, 1000);
    gate.answered(503, "30");
    gate.answered(200, "30");
    gate.answered(429, null);
    gate.answered(429, "soon");
    gate.answered(429, "Mon, 02 Nov 2026 09:00:00 GMT");
    assertEquals(Duration.ZERO, gate.admit());
    assertTrue(gate.blockedUntil().isEmpty());
  }

  @Test
  void aShorterLaterBlockDoesNotShortenTheActiveOne() {
    RateGate gate = gate(0, 60, 1000);
    gate.answered(429, "30");
    gate.answered(429, "5");
    assertEquals(Duration.ofSeconds(30), gate.admit());
  }

  @Test
  void theLongerOfBlockAndWindowWins() {
    RateGate gate = gate(1, 60, 0);
    assertEquals(Duration.ZERO, gate.admit());
    gate.answered(429, "10");
    assertEquals(Duration.ofSeconds(60), gate.admit());
    gate.answered(429, "90");
    assertEquals(Duration.ofSeconds(90), gate.admit());
  }

  @Test
  void sendsHeldBackByABlockAreNotCounted() {
    RateGate gate = gate(1, 60, 0);
    gate.answered(429, "5");
    assertEquals(Duration.ofSeconds(5), gate.admit());
    assertEquals(Duration.ofSeconds(5), gate.admit());
    clock.advance(Duration.ofSeconds(5));
    assertEquals(Duration.ZERO, gate.admit());
  }

  @Test
  void concurrentSendersNeverExceedTheWindow() throws Exception {
    RateGate gate = gate(30, 60, 1000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> senders = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        senders.add(() -> {
          int admitted = 0;
          for (int i = 0; i < 200; i++) {
            admitted += gate.admit().isZero() ? 1 : 0;
          }
          return admitted;
        });
      }
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(senders)) {
        total += f.get();
      }
      assertEquals(30, total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesInvalidSettings() {
    assertThrows(IllegalArgumentException.class, () -> gate(-1, 60, 0));
    assertThrows(IllegalArgumentException.class, () -> gate(5, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> gate(5, 60, -1));
  }
}
