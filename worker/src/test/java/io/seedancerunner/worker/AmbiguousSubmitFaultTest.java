package io.seedancerunner.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.seedancerunner.worker.cli.RunnerContext;
import io.seedancerunner.worker.temporal.TemporalTarget;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.temporal.client.WorkflowClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3's fault test: on every dialect the simulator creates the task but answers the submit
 * only after the client's submit timeout. Every job must create exactly one provider task and
 * reach either a reconciled state on its own (seedance2ai: Idempotency-Key; ark: task list) or a
 * visible UNKNOWN_SUBMIT (status API and search attribute), never a silent second submit. The
 * operator then adopts the task the simulator holds and the job completes.
 */
class AmbiguousSubmitFaultTest {

  /** Submit timeout of every account here, seconds; the simulator holds its answer back longer. */
  static final int SUBMIT_TIMEOUT_SECONDS = 2;
  static final int SLOW_SUBMIT_SECONDS = 6;

  static ApplicationContext ctx;
  static Http http;

  /** @return account, dialect, whether the dialect reconciles on its own */
  static Stream<Arguments> dialects() {
    return Stream.of(
        Arguments.of("sim-open-api", "open-api", false),
        Arguments.of("sim-seedanceapi", "seedanceapi", false),
        Arguments.of("sim-openai-videos", "openai-videos", false),
        Arguments.of("sim-unified", "unified", false),
        Arguments.of("sim-seedance2ai", "seedance2ai", true),
        Arguments.of("sim-ark", "ark", true));
  }

  @BeforeAll
  static void start() throws Exception {
    Path data = Files.createTempDirectory("seedance-fault");
    int port = TemporalTarget.freePort();
    Map<String, Object> props = new HashMap<>(Map.of(
        "micronaut.server.port", port,
        "seedance.temporal.mode", "in-process",
        "seedance.data-dir", data.toString(),
        "simulator.generation-seconds", 1,
        "simulator.video-dir", data.resolve("sim-videos").toString()));
    dialects().forEach(a -> props.put("seedance.providers." + a.get()[0] + ".submit-timeout",
        SUBMIT_TIMEOUT_SECONDS + "s"));
    ctx = RunnerContext.start(props);
    http = new Http(port, data);
  }

  @AfterAll
  static void stop() {
    ctx.close();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("dialects")
  void aLostSubmitAnswerNeverBecomesASecondTask(String account, String dialect, boolean reconciles) throws Exception {
    http.post("/sim/admin/faults", "{\"dialect\":\"" + dialect + "\",\"slowSubmits\":1,\"slowSubmitSeconds\":"
        + SLOW_SUBMIT_SECONDS + "}");
    int tasksBefore = http.get("/sim/admin/tasks?dialect=" + dialect).path("tasks").size();
    String jobId = http.post("/v1/generations", "{\"provider\":\"" + account + "\",\"prompt\":\"a lost answer on "
        + dialect + "\"}").path("jobId").asText();

    // The ambiguous submit shows first; the reconcile activity's answer replaces lastError after.
    JsonNode state = http.awaitJob(jobId, s -> reconciles ? Http.terminal(s)
        : "UNKNOWN_SUBMIT".equals(s.path("status").asText()) && s.path("lastError").asText().contains("UNSUPPORTED"));
    // Let the held-back answer arrive (and be ignored) before counting.
    Thread.sleep(SLOW_SUBMIT_SECONDS * 1000L);
    JsonNode tasks = http.get("/sim/admin/tasks?dialect=" + dialect).path("tasks");
    assertEquals(tasksBefore + 1, tasks.size(), "exactly one provider task: " + tasks);
    String taskId = tasks.get(tasks.size() - 1).path("id").asText();

    if (reconciles) {
      assertEquals("SUCCEEDED", state.path("status").asText(), state.toString());
      assertEquals(taskId, state.path("providerTaskId").asText());
      return;
    }
    assertTrue(state.path("lastError").asText().contains("UNSUPPORTED"), state.toString());
    assertEquals("UNKNOWN_SUBMIT", phaseAttribute(jobId));

    JsonNode adopted = http.post("/v1/generations/" + jobId + "/adopt-task", "{\"providerTaskId\":\"" + taskId + "\"}");
    assertEquals(taskId, adopted.path("providerTaskId").asText());
    JsonNode done = http.awaitJob(jobId, Http::terminal);
    assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
    assertEquals(tasksBefore + 1, http.get("/sim/admin/tasks?dialect=" + dialect).path("tasks").size());
  }

  private static String phaseAttribute(String jobId) {
    return ctx.getBean(WorkflowClient.class).newUntypedWorkflowStub(jobId).describe()
        .getTypedSearchAttributes().get(SearchAttributes.PHASE);
  }
}
