package io.seedancerunner.simulator.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.simulator.Dialect;
import org.junit.jupiter.api.Test;

class FaultsTest {

  @Test
  void dialectCounterIsUsedBeforeTheAnyDialectCounter() {
    Faults f = new Faults();
    f.arm(FaultKind.FAIL_TASKS, null, 1);
    f.arm(FaultKind.FAIL_TASKS, Dialect.SEEDANCEAPI, 1);
    assertTrue(f.consume(FaultKind.FAIL_TASKS, Dialect.SEEDANCEAPI));
    assertEquals(0, f.remaining(FaultKind.FAIL_TASKS, Dialect.SEEDANCEAPI));
    assertEquals(1, f.remaining(FaultKind.FAIL_TASKS, null));
    assertTrue(f.consume(FaultKind.FAIL_TASKS, Dialect.OPEN_API));
    assertFalse(f.consume(FaultKind.FAIL_TASKS, Dialect.SEEDANCEAPI));
  }

  @Test
  void aDialectCounterDoesNotApplyElsewhere() {
    Faults f = new Faults();
    f.arm(FaultKind.SUBMIT_ERRORS, Dialect.OPEN_API, 2);
    assertFalse(f.consume(FaultKind.SUBMIT_ERRORS, Dialect.SEEDANCEAPI));
    assertFalse(f.consume(FaultKind.SUBMIT_ERRORS, null));
    assertTrue(f.consume(FaultKind.SUBMIT_ERRORS, Dialect.OPEN_API));
  }

  @Test
  void resetRestoresDefaults() {
    Faults f = new Faults();
    f.arm(FaultKind.RATE_LIMITED, null, 3);
    f.retryAfterSeconds(9);
    f.generationSeconds(4);
    f.downloadBytesPerSecond(10);
    f.reset();
    assertFalse(f.consume(FaultKind.RATE_LIMITED, Dialect.OPEN_API));
    assertEquals(Faults.DEFAULT_RETRY_AFTER_SECONDS, f.retryAfterSeconds());
    assertTrue(f.generationSeconds().isEmpty());
    assertEquals(0, f.downloadBytesPerSecond());
  }
}
