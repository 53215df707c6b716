package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.Jobs;
import io.seedancerunner.api.support.TestVideo;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Status, cancel and video of jobs run by the fake workflow. */
@MicronautTest
class JobLifecycleTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  WorkflowClient workflows;

  @Test
  void unknownJobIs404Everywhere() {
    for (MutableHttpRequest<?> request : List.<MutableHttpRequest<?>>of(HttpRequest.GET("/v1/generations/gen-nope"),
        HttpRequest.GET("/v1/generations/gen-nope/video"), HttpRequest.POST("/v1/generations/gen-nope/cancel", ""))) {
      Http.Answer a = Http.send(client, request);
      assertEquals(404, a.status(), request.getPath() + " " + a.text());
      assertEquals("not_found", a.json().path("error").asText());
    }
  }

  @Test
  void runningJobShowsItsPhaseAndHasNoVideoYet() {
    String jobId = start("waiting job");
    JsonNode s = get(jobId);
    assertEquals("WAITING", s.path("status").asText());
    assertEquals("RUNNING", s.path("workflowState").asText());
    assertEquals("sim-open-api", s.path("provider").asText());
    assertEquals("http://runner.example/v1/generations/" + jobId + "/cancel", s.path("links").path("cancel").asText());
    Http.Answer video = Http.send(client, HttpRequest.GET("/v1/generations/" + jobId + "/video"));
    assertEquals(409, video.status(), video.text());
    assertEquals("not_finished", video.json().path("error").asText());
  }

  @Test
  void cancelIs202ThenTheJobIsCancelledAndASecondCancelIs409() throws Exception {
    String jobId = start("to be cancelled");
    Http.Answer cancel = Http.send(client, HttpRequest.POST("/v1/generations/" + jobId + "/cancel", ""));
    assertEquals(202, cancel.status(), cancel.text());
    assertEquals("CANCEL_REQUESTED", cancel.json().path("status").asText());
    assertEquals(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED, Jobs.awaitClosed(workflows, jobId));
    JsonNode s = get(jobId);
    assertEquals("CANCELLED", s.path("status").asText());
    assertEquals("CANCELED", s.path("workflowState").asText());
    assertEquals("cancelled", s.path("failure").path("summary").asText());
    Http.Answer again = Http.send(client, HttpRequest.POST("/v1/generations/" + jobId + "/cancel", ""));
    assertEquals(409, again.status(), again.text());
    assertEquals("already_finished", again.json().path("error").asText());
    assertTrue(again.json().path("message").asText().contains("CANCELED"), again.text());
  }

  @Test
  void failedJobShowsTheProviderCodeAndMessage() throws Exception {
    String jobId = start("refused [fail]");
    Jobs.awaitClosed(workflows, jobId);
    JsonNode s = get(jobId);
    assertEquals("FAILED", s.path("status").asText());
    assertEquals("FAILED", s.path("workflowState").asText());
    assertEquals("ProviderTaskFailed", s.path("failure").path("type").asText());
    assertEquals("CONTENT_POLICY", s.path("failure").path("providerCode").asText());
    assertEquals("failed: CONTENT_POLICY the prompt was refused", s.path("failure").path("summary").asText());
    Http.Answer video = Http.send(client, HttpRequest.GET("/v1/generations/" + jobId + "/video"));
    assertEquals(409, video.status(), video.text());
    assertTrue(video.json().path("message").asText().contains("CONTENT_POLICY"), video.text());
    Http.Answer cancel = Http.send(client, HttpRequest.POST("/v1/generations/" + jobId + "/cancel", ""));
    assertEquals(409, cancel.status(), cancel.text());
  }

  @Test
  void finishedJobServesTheVideoWithRanges() throws Exception {
    String jobId = start("a clip [succeed]");
    Jobs.awaitClosed(workflows, jobId);
    JsonNode s = get(jobId);
    assertEquals("SUCCEEDED", s.path("status").asText());
    assertEquals("COMPLETED", s.path("workflowState").asText());
    assertEquals(TestVideo.SIZE, s.path("result").path("video").path("bytes").asInt());
    String video = "/v1/generations/" + jobId + "/video";
    byte[] all = TestVideo.bytes();

    Http.Answer whole = Http.send(client, HttpRequest.GET(video));
    assertEquals(200, whole.status());
    assertEquals("video/mp4", whole.header("Content-Type"));
    assertEquals("bytes", whole.header("Accept-Ranges"));
    assertEquals(String.valueOf(TestVideo.SIZE), whole.header("Content-Length"));
    assertArrayEquals(all, whole.body());

    Http.Answer middle = Http.send(client, HttpRequest.GET(video).header("Range", "bytes=100-199"));
    assertEquals(206, middle.status());
    assertEquals("bytes 100-199/10000", middle.header("Content-Range"));
    assertEquals("video/mp4", middle.header("Content-Type"));
    assertArrayEquals(Arrays.copyOfRange(all, 100, 200), middle.body());

    Http.Answer suffix = Http.send(client, HttpRequest.GET(video).header("Range", "bytes=-10"));
    assertEquals(206, suffix.status());
    assertEquals("bytes 9990-9999/10000", suffix.header("Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(all, 9990, 10000), suffix.body());

    Http.Answer open = Http.send(client, HttpRequest.GET(video).header("Range", "bytes=9000-"));
    assertEquals(206, open.status());
    assertArrayEquals(Arrays.copyOfRange(all, 9000, 10000), open.body());

    Http.Answer past = Http.send(client, HttpRequest.GET(video).header("Range", "bytes=10000-"));
    assertEquals(416, past.status(), past.text());
    assertEquals("bytes */10000", past.header("Content-Range"));
    assertEquals("Range", past.json().path("fields").get(0).path("field").asText());

    Http.Answer several = Http.send(client, HttpRequest.GET(video).header("Range", "bytes=0-1,5-6"));
    assertEquals(200, several.status(), "several ranges: the whole file");
    assertArrayEquals(all, several.body());
  }

  @Test
  void healthIsUpAndModelsListEveryAccount() {
    Http.Answer h = Http.send(client, HttpRequest.GET("/health"));
    assertEquals(200, h.status(), h.text());
    assertEquals("UP", h.json().path("status").asText());
    assertEquals("UP", h.json().path("temporal").path("status").asText());

    JsonNode m = Http.send(client, HttpRequest.GET("/v1/models")).json();
    assertEquals("sim-open-api", m.path("defaultProvider").asText());
    assertEquals(4, m.path("providers").size());
    JsonNode seedanceapi = m.path("providers").get(3);
    assertEquals("sim-seedanceapi", seedanceapi.path("provider").asText());
    assertEquals("[4,8,12]", seedanceapi.path("catalogue").path("models").get(0).path("durations").toString());
    JsonNode future = m.path("providers").get(0);
    assertEquals("not-a-dialect-yet", future.path("dialect").asText());
    assertTrue(future.path("catalogue").isMissingNode() || future.path("catalogue").isNull(), future.toString());
  }

  @Test
  void unknownRouteAndHtmlClientsStillGetJson() {
    Http.Answer a = Http.send(client, HttpRequest.GET("/v1/nothing-here").accept("text/html"));
    assertEquals(404, a.status());
    assertEquals("application/json", a.header("Content-Type"));
    assertEquals("not_found", a.json().path("error").asText());
    Http.Answer method = Http.send(client, HttpRequest.DELETE("/v1/models"));
    assertEquals(405, method.status(), method.text());
    assertEquals("method_not_allowed", method.json().path("error").asText());
  }

  private String start(String prompt) {
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/generations", "{\"prompt\":\"" + prompt + "\"}"));
    assertEquals(202, a.status(), a.text());
    return a.json().path("jobId").asText();
  }

  private JsonNode get(String jobId) {
    Http.Answer a = Http.send(client, HttpRequest.GET("/v1/generations/" + jobId));
    assertEquals(200, a.status(), a.text());
    return a.json();
  }
}
