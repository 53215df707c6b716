package io.seedancerunner.worker.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.seedancerunner.worker.cli.LocalOperatorKey;
import io.seedancerunner.worker.cli.RunnerContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the in-process fallback the runner says plainly that nothing is kept: in its start line and on
 * every answer that may move money; reads carry no warning.
 */
class NotDurableWarningTest {

  @Test
  void theInProcessServerWarnsAtStartAndOnAnswersThatMoveMoney() throws Exception {
    Path data = Files.createTempDirectory("seedance-warning");
    int port = TemporalTarget.freePort();
    try (ApplicationContext ctx = RunnerContext.start(Map.of(
        "micronaut.server.port", port,
        "seedance.temporal.mode", "in-process",
        "seedance.data-dir", data.toString(),
        "simulator.video-dir", data.resolve("sim-videos").toString()))) {
      TemporalTarget target = ctx.getBean(TemporalTarget.class);
      assertFalse(target.durable());
      assertTrue(target.description().startsWith("WARNING: in-process Temporal test server: jobs and budgets are NOT kept"),
          target.description());

      HttpClient client = HttpClient.newHttpClient();
      String operator = "Bearer " + LocalOperatorKey.read(data);
      HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/v1/generations")).header("Content-Type", "application/json").header("Authorization", operator)
          .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("../examples/mountains-at-sunrise.json"))))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(202, created.statusCode(), created.body());
      String warning = created.headers().firstValue(NotDurableWarning.HEADER).orElse("");
      assertTrue(warning.startsWith("199 ") && warning.contains("NOT kept"), warning);

      HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
          + "/v1/tenants/default/budget")).header("Authorization", operator).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, read.statusCode(), read.body());
      assertTrue(read.headers().firstValue(NotDurableWarning.HEADER).isEmpty(), "a read moves no money");
    }
  }
}
