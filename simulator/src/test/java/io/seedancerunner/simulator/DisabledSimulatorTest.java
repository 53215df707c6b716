package io.seedancerunner.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.simulator.admin.AdminController;
import io.seedancerunner.simulator.media.FileController;
import io.seedancerunner.simulator.media.VideoLibrary;
import io.seedancerunner.simulator.openapi.OpenApiController;
import io.seedancerunner.simulator.seedanceapi.SeedanceApiController;
import io.seedancerunner.simulator.support.Sim;
import io.seedancerunner.simulator.tasks.TaskMonitor;
import io.seedancerunner.simulator.webhooks.WebhookSender;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code simulator.enabled=false} removes every simulator bean and route. */
class DisabledSimulatorTest {

  @Test
  void noBeansAndNoRoutesWhenDisabled() {
    try (Sim sim = Sim.start(Map.of("simulator.enabled", "false"))) {
      for (Class<?> type : new Class<?>[] {OpenApiController.class, SeedanceApiController.class, FileController.class,
          AdminController.class, TaskMonitor.class, WebhookSender.class, VideoLibrary.class, SimulatorSettings.class}) {
        assertFalse(sim.context().containsBean(type), type.getSimpleName());
      }
      assertEquals(404, sim.post("/sim/seedanceapi/v1/generate", "{\"prompt\":\"x\"}", Sim.SEEDANCEAPI_KEY).statusCode());
      assertEquals(404, sim.get("/sim/admin/stats", null).statusCode());
    }
  }

  @Test
  void beansArePresentByDefault() {
    try (Sim sim = Sim.start()) {
      assertTrue(sim.context().containsBean(OpenApiController.class));
      assertTrue(sim.context().containsBean(TaskMonitor.class));
    }
  }
}
