package io.seedancerunner.simulator.seedance2ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The sliding window of {@link Seedance2AiQuota}, on a clock of its own. */
class Seedance2AiQuotaTest {

  private static final Instant T0 = Instant.parse("2026-06-03T10:00:00Z");

  private static Seedance2AiQuota quota(int requests, int windowSeconds) {
    return new Seedance2AiQuota(new Seedance2AiSettings("k", "", requests, windowSeconds));
  }

  @Test
  void thirtyPerSixtySecondsByDefaultThenRetryAfterUntilTheOldestSlotFrees() {
    Seedance2AiQuota q = new Seedance2AiQuota(new Seedance2AiSettings("k", "", 30, 60));
    for (int i = 0; i < 30; i++) {
      assertTrue(q.acquire("a", T0.plusSeconds(i)).isEmpty(), "request " + i);
    }
    OptionalLong wait = q.acquire("a", T0.plusMillis(30_500));
    assertEquals(OptionalLong.of(30), wait, "the first slot frees at 60 s: 29.5 s, rounded up");
    assertTrue(q.acquire("a", T0.plusSeconds(60)).isEmpty(), "at 60 s the first slot is free again");
    assertFalse(q.acquire("a", T0.plusMillis(60_100)).isEmpty(), "but only that one");
  }

  @Test
  void answered429sTakeNoSlot() {
    Seedance2AiQuota q = quota(2, 10);
    q.acquire("a", T0);
    q.acquire("a", T0.plusSeconds(1));
    for (int i = 0; i < 5; i++) {
      assertEquals(OptionalLong.of(8), q.acquire("a", T0.plusSeconds(2)));
    }
    assertTrue(q.acquire("a", T0.plusSeconds(10)).isEmpty());
    assertTrue(q.acquire("a", T0.plusSeconds(11)).isEmpty(), "the refused requests did not fill the window");
  }

  @Test
  void accountsHaveWindowsOfTheirOwn() {
    Seedance2AiQuota q = quota(1, 60);
    assertTrue(q.acquire("a", T0).isEmpty());
    assertFalse(q.acquire("a", T0).isEmpty());
    assertTrue(q.acquire("b", T0).isEmpty());
  }

  @Test
  void aRequestBeforeTheEndOfTheRetryAfterIsAViolation() {
    Seedance2AiQuota q = quota(1, 60);
    q.acquire("a", T0);
    assertFalse(q.violates("a", T0.plusSeconds(1)), "no Retry-After given yet");
    assertEquals(OptionalLong.of(59), q.acquire("a", T0.plusSeconds(1)));
    assertTrue(q.violates("a", T0.plusSeconds(59)));
    assertFalse(q.violates("a", T0.plusSeconds(60)), "honoured: arrives when told");
    assertFalse(q.violates("b", T0.plusSeconds(2)));
  }

  @Test
  void theRetryAfterIsAtLeastOneSecond() {
    Seedance2AiQuota q = quota(1, 1);
    q.acquire("a", T0);
    assertEquals(OptionalLong.of(1), q.acquire("a", T0.plusMillis(999)));
  }

  @Test
  void zeroRequestsIsNoQuota() {
    Seedance2AiQuota q = quota(0, 60);
    for (int i = 0; i < 100; i++) {
      assertTrue(q.acquire("a", T0).isEmpty());
    }
  }
}
