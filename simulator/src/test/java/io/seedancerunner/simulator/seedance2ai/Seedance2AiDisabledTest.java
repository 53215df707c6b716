package io.seedancerunner.simulator.seedance2ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.seedancerunner.simulator.support.Sim;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code simulator.enabled=false} removes the seedance2ai beans and routes too. */
class Seedance2AiDisabledTest {

  @Test
  void noBeansAndNoRoutesWhenDisabled() {
    try (Sim sim = Sim.start(Map.of("simulator.enabled", "false"))) {
      for (Class<?> type : new Class<?>[] {Seedance2AiController.class, Seedance2AiFrames.class, Seedance2AiQuota.class,
          Seedance2AiServiceBusy.class, IdempotencyKeys.class, Seedance2AiSettings.class, Seedance2AiWebhooks.class}) {
        assertFalse(sim.context().containsBean(type), type.getSimpleName());
      }
      assertEquals(404, sim.post(Seedance2AiFlowTest.SUBMIT, "{\"prompt\":\"x\"}", Seedance2AiFlowTest.KEY).statusCode());
    }
  }
}
