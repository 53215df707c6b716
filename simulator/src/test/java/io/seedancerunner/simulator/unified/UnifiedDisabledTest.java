package io.seedancerunner.simulator.unified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.seedancerunner.simulator.support.Sim;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code simulator.enabled=false} removes the unified beans and routes too. */
class UnifiedDisabledTest {

  @Test
  void noBeansAndNoRoutesWhenDisabled() {
    try (Sim sim = Sim.start(Map.of("simulator.enabled", "false"))) {
      for (Class<?> type : new Class<?>[] {UnifiedController.class, UnifiedSettings.class, UnifiedWebhooks.class}) {
        assertFalse(sim.context().containsBean(type), type.getSimpleName());
      }
      assertEquals(404, sim.post(UnifiedFlowTest.SUBMIT, "{}", UnifiedFlowTest.KEY).statusCode());
    }
  }
}
