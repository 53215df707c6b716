package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.generation.JobIds;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.StartCounter;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.common.converter.DefaultDataConverter;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Valid requests to {@code POST /v1/generations}: normalisation, workflow options, idempotency. */
@MicronautTest
class GenerationCreateTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  WorkflowClient workflows;

  @Inject
  StartCounter starts;

  @Test
  void startsAWorkflowWithTheNormalisedRequest() {
    Http.Answer a = post("{\"prompt\":\"A cinematic shot of mountains at sunrise with flowing clouds\","
        + "\"durationSeconds\":\"12\"}", null);
    assertEquals(202, a.status(), a.text());
    JsonNode body = a.json();
    String jobId = body.path("jobId").asText();
    assertTrue(jobId.matches("gen-[0-9a-f-]{36}"), jobId);
    assertEquals("SUBMITTING", body.path("status").asText());
    assertEquals("http://runner.example/v1/generations/" + jobId, body.path("links").path("self").asText());
    assertEquals(body.path("links").path("self").asText(), a.header("Location"));
    assertEquals("http://runner.example/v1/generations/" + jobId + "/video", body.path("links").path("video").asText());
    JsonNode request = body.path("request");
    assertEquals("sim-open-api", request.path("provider").asText());
    assertEquals("seedance-2.0", request.path("model").asText());
    assertEquals(12, request.path("durationSeconds").asInt());
    assertEquals("720p", request.path("resolution").asText());
    assertEquals("16:9", request.path("aspectRatio").asText());

    WorkflowExecutionDescription d = workflows.newUntypedWorkflowStub(jobId).describe();
    assertEquals("seedance-workflows", d.getTaskQueue());
    assertEquals(64, ((String) d.getMemo(JobIds.MEMO_REQUEST_SHA256, String.class)).length());
    GenerationInput input = firstInput(jobId);
    assertEquals(jobId, input.jobId());
    assertEquals(12, input.request().durationSeconds());
    // seedance.jobs.deadline 30m and min-poll 7s from the test config; the rest are the defaults.
    assertEquals(new WaitPolicy(1800, 7, 60, 10, 1.5, 30), input.waitPolicy());
    String summary = d.getStaticSummary();
    assertTrue(summary.startsWith("12 s 720p 16:9 · sim-open-api · 'A cinematic shot"), summary);
    assertTrue(summary.getBytes(StandardCharsets.UTF_8).length <= 200, summary);
    assertTrue(d.getStaticDetails().contains("| model | `seedance-2.0` |"), d.getStaticDetails());
  }

  @Test
  void modelWithoutEightSecondsDefaultsToItsFirstDuration() {
    Http.Answer a = post("{\"prompt\":\"p\",\"model\":\"seedance-1.5-pro\"}", null);
    assertEquals(202, a.status(), a.text());
    assertEquals(5, a.json().path("request").path("durationSeconds").asInt());
  }

  @Test
  void seedanceapiAcceptsAFirstFrameAudioAndFixedLens() {
    Http.Answer a = post("{\"provider\":\"sim-seedanceapi\",\"prompt\":\"p\",\"aspectRatio\":\"9:21\","
        + "\"generateAudio\":true,\"fixedLens\":true,\"firstFrameUrl\":\"https://img.example/a.png\"}", null);
    assertEquals(202, a.status(), a.text());
    assertEquals("https://img.example/a.png", a.json().path("request").path("firstFrameUrl").asText());
    assertTrue(a.json().path("request").path("generateAudio").asBoolean());
  }

  @Test
  void repeatedIdempotencyKeyReturnsTheSameJobAndStartsNothing() {
    String key = "order-4711";
    Http.Answer first = post("{\"prompt\":\"same request\"}", key);
    assertEquals(202, first.status(), first.text());
    String jobId = first.json().path("jobId").asText();
    assertEquals(JobIds.fromIdempotencyKey("default", key), jobId, "the operator test key acts for tenant default");
    String runId = workflows.newUntypedWorkflowStub(jobId).describe().getExecution().getRunId();

    // The same request with a default spelled out is the same normalised request.
    Http.Answer second = post("{\"prompt\":\"same request\",\"durationSeconds\":8,\"provider\":\"sim-open-api\"}", key);
    assertEquals(200, second.status(), second.text());
    assertEquals(jobId, second.json().path("jobId").asText());
    assertEquals("WAITING", second.json().path("status").asText());
    assertEquals(runId, workflows.newUntypedWorkflowStub(jobId).describe().getExecution().getRunId(),
        "still the first run: nothing new started");
  }

  @Test
  void idempotencyKeyWithAnotherBodyIsAConflict() {
    String key = "order-4712";
    assertEquals(202, post("{\"prompt\":\"first\"}", key).status());
    int before = starts.starts();
    Http.Answer again = post("{\"prompt\":\"second\"}", key);
    assertEquals(409, again.status(), again.text());
    assertEquals("idempotency_conflict", again.json().path("error").asText());
    assertEquals("Idempotency-Key", again.json().path("fields").get(0).path("field").asText());
    assertTrue(again.json().path("message").asText().contains("Idempotency-Key"));
    assertEquals(before + 1, starts.starts(), "one start attempt, refused by Temporal as a duplicate");
  }

  @Test
  void repeatedKeyOfAFinishedJobReturnsIt() throws Exception {
    String key = "order-4713";
    Http.Answer first = post("{\"prompt\":\"quick [succeed]\"}", key);
    String jobId = first.json().path("jobId").asText();
    io.seedancerunner.api.support.Jobs.awaitClosed(workflows, jobId);
    Http.Answer second = post("{\"prompt\":\"quick [succeed]\"}", key);
    assertEquals(200, second.status(), second.text());
    assertEquals("SUCCEEDED", second.json().path("status").asText());
  }

  private Http.Answer post(String body, String key) {
    var request = HttpRequest.POST("/v1/generations", body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return Http.send(client, request);
  }

  private GenerationInput firstInput(String jobId) {
    HistoryEvent started = workflows.fetchHistory(jobId).getHistory().getEvents(0);
    return DefaultDataConverter.STANDARD_INSTANCE.fromPayloads(0,
        java.util.Optional.of(started.getWorkflowExecutionStartedEventAttributes().getInput()),
        GenerationInput.class, GenerationInput.class);
  }
}
