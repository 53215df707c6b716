package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.generation.JobIds;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.Jobs;
import io.seedancerunner.api.webhooks.WebhookSignature;
import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.seedancerunner.workflows.webhook.WebhookTokens;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/webhooks/{provider}/{jobId}/{token}} against the fake workflow. */
@MicronautTest
class WebhookTest {

  private static final String SECRET = "whsec-test-0123456789";
  private static final WebhookTokens TOKENS = new WebhookTokens("test-webhook-token-secret-0123");
  private static final String OPEN_API_BODY = "{\"success\":true,\"requestId\":\"req_1234567890\","
      + "\"status\":\"succeeded\",\"output\":{\"type\":\"video\",\"url\":\"https://cdn.example/r.mp4\"},\"error\":null}";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  WorkflowClient workflows;

  @Test
  void signedCallbackSignalsTheWorkflow() {
    String jobId = startJob("sim-open-api", "waits");
    Http.Answer a = Http.send(client, webhook("sim-open-api", jobId, TOKENS.token("sim-open-api", jobId),
        OPEN_API_BODY, WebhookSignature.sign(SECRET, bytes(OPEN_API_BODY))));
    assertEquals(200, a.status(), a.text());
    assertTrue(a.json().path("accepted").asBoolean(), a.text());
    JobStatus s = status(jobId);
    assertEquals(1, s.callbacks());
    assertEquals("req_1234567890", s.providerTaskId());
    assertEquals("succeeded", s.rawStatus());
    assertEquals(JobIds.sha256(bytes(OPEN_API_BODY)), s.lastError(), "the fake reports the event key here");
  }

  @Inject
  io.seedancerunner.api.webhooks.WebhookController controller;

  @Test
  void aSignedCallbackNamingAnotherTaskChangesNothingAndIsCounted() {
    String jobId = startJob("sim-open-api", "waits");
    Http.send(client, webhook("sim-open-api", jobId, TOKENS.token("sim-open-api", jobId),
        OPEN_API_BODY, WebhookSignature.sign(SECRET, bytes(OPEN_API_BODY))));
    JobStatus before = status(jobId);
    long counted = controller.foreignTaskCallbacks();
    String other = OPEN_API_BODY.replace("req_1234567890", "req_someone_else");
    Http.Answer a = Http.send(client, webhook("sim-open-api", jobId, TOKENS.token("sim-open-api", jobId),
        other, WebhookSignature.sign(SECRET, bytes(other))));
    assertEquals(200, a.status(), a.text());
    assertEquals(false, a.json().path("accepted").asBoolean(), a.text());
    JobStatus after = status(jobId);
    assertEquals(before.callbacks(), after.callbacks(), "the workflow was not signalled");
    assertEquals(before.lastError(), after.lastError());
    assertEquals("req_1234567890", after.providerTaskId());
    assertEquals(counted + 1, controller.foreignTaskCallbacks());
  }

  @Test
  void upperCaseSignatureWithPrefixIsAccepted() {
    String jobId = startJob("sim-open-api", "waits");
    String sig = "sha256=" + WebhookSignature.sign(SECRET, bytes(OPEN_API_BODY)).toUpperCase();
    Http.Answer a = Http.send(client, webhook("sim-open-api", jobId, TOKENS.token("sim-open-api", jobId),
        OPEN_API_BODY, sig));
    assertTrue(a.json().path("accepted").asBoolean(), a.text());
  }

  @Test
  void wrongTokenIs401AndSignalsNothing() {
    String jobId = startJob("sim-open-api", "waits");
    String wrong = TOKENS.token("sim-seedanceapi", jobId);
    Http.Answer a = Http.send(client, webhook("sim-open-api", jobId, wrong, OPEN_API_BODY,
        WebhookSignature.sign(SECRET, bytes(OPEN_API_BODY))));
    assertEquals(401, a.status(), a.text());
    assertEquals("unauthorized", a.json().path("error").asText());
    assertFalse(a.text().contains(wrong), "the answer never echoes the token");
    assertEquals(0, status(jobId).callbacks());
  }

  @Test
  void badOrMissingSignatureIs401AndSignalsNothing() {
    String jobId = startJob("sim-open-api", "waits");
    String token = TOKENS.token("sim-open-api", jobId);
    String otherBody = OPEN_API_BODY.replace("succeeded", "failed");
    Http.Answer forged = Http.send(client, webhook("sim-open-api", jobId, token, otherBody,
        WebhookSignature.sign(SECRET, bytes(OPEN_API_BODY))));
    assertEquals(401, forged.status(), forged.text());
    Http.Answer missing = Http.send(client, webhook("sim-open-api", jobId, token, OPEN_API_BODY, null));
    assertEquals(401, missing.status(), missing.text());
    Http.Answer otherKey = Http.send(client, webhook("sim-open-api", jobId, token, OPEN_API_BODY,
        WebhookSignature.sign("another-secret", bytes(OPEN_API_BODY))));
    assertEquals(401, otherKey.status(), otherKey.text());
    assertEquals(0, status(jobId).callbacks());
  }

  @Test
  void accountWithoutSecretNeedsNoSignature() {
    String jobId = startJob("open-unsigned", "waits");
    Http.Answer a = Http.send(client, webhook("open-unsigned", jobId, TOKENS.token("open-unsigned", jobId),
        OPEN_API_BODY, null));
    assertTrue(a.json().path("accepted").asBoolean(), a.text());
    assertEquals(1, status(jobId).callbacks());
  }

  @Test
  void seedanceapiCallbackIsParsedFromItsStatusShape() {
    String jobId = startJob("sim-seedanceapi", "waits");
    String body = "{\"code\":200,\"message\":\"success\",\"data\":{\"task_id\":\"seed15abc\",\"status\":\"SUCCESS\","
        + "\"response\":[\"https://cdn.example/v.mp4\"]}}";
    Http.Answer a = Http.send(client, webhook("sim-seedanceapi", jobId, TOKENS.token("sim-seedanceapi", jobId),
        body, null));
    assertTrue(a.json().path("accepted").asBoolean(), a.text());
    JobStatus s = status(jobId);
    assertEquals("seed15abc", s.providerTaskId());
    assertEquals("SUCCESS", s.rawStatus());
  }

  @Test
  void unparseableBodyWithAValidTokenStillSignals() {
    String jobId = startJob("sim-seedanceapi", "waits");
    Http.Answer a = Http.send(client, webhook("sim-seedanceapi", jobId, TOKENS.token("sim-seedanceapi", jobId),
        "not json at all", null).contentType(MediaType.TEXT_PLAIN_TYPE));
    assertTrue(a.json().path("accepted").asBoolean(), a.text());
    JobStatus s = status(jobId);
    assertEquals(1, s.callbacks());
    assertNull(s.providerTaskId());
  }

  @Test
  void unknownJobIsAcknowledgedAndIgnored() {
    String jobId = "gen-does-not-exist";
    Http.Answer a = Http.send(client, webhook("sim-open-api", jobId, TOKENS.token("sim-open-api", jobId),
        OPEN_API_BODY, WebhookSignature.sign(SECRET, bytes(OPEN_API_BODY))));
    assertEquals(200, a.status(), a.text());
    assertFalse(a.json().path("accepted").asBoolean(), a.text());
  }

  @Test
  void finishedJobIsAcknowledgedAndUnchanged() throws Exception {
    String jobId = startJob("sim-open-api", "done [succeed]");
    Jobs.awaitClosed(workflows, jobId);
    Http.Answer a = Http.send(client, webhook("sim-open-api", jobId, TOKENS.token("sim-open-api", jobId),
        OPEN_API_BODY, WebhookSignature.sign(SECRET, bytes(OPEN_API_BODY))));
    assertEquals(200, a.status(), a.text());
    assertFalse(a.json().path("accepted").asBoolean(), a.text());
    assertEquals(0, status(jobId).callbacks());
  }

  @Test
  void jobIdWithASlashIsUrlEncoded() {
    String jobId = "story-7/shot-2";
    GenerationRequest r = new GenerationRequest("open-unsigned", "seedance-2.0", "waits", 8, "720p", "16:9",
        false, false, null, null, List.of());
    GenerationWorkflow wf = workflows.newWorkflowStub(GenerationWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(jobId).setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(wf::run, new GenerationInput(jobId, r, WaitPolicy.defaults()));
    String url = TOKENS.callbackUrl("http://runner.example", "open-unsigned", jobId);
    String path = url.substring("http://runner.example".length());
    assertTrue(path.contains("%2F"), path);
    Http.Answer a = Http.send(client, HttpRequest.POST(path, OPEN_API_BODY).contentType(MediaType.APPLICATION_JSON));
    assertTrue(a.json().path("accepted").asBoolean(), a.text());
    assertEquals(1, status(jobId).callbacks());
  }

  private String startJob(String provider, String prompt) {
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/generations",
        "{\"provider\":\"" + provider + "\",\"prompt\":\"" + prompt + "\"}"));
    assertEquals(202, a.status(), a.text());
    return a.json().path("jobId").asText();
  }

  private JobStatus status(String jobId) {
    return workflows.newWorkflowStub(GenerationWorkflow.class, jobId).status();
  }

  private static MutableHttpRequest<String> webhook(String provider, String jobId, String token, String body,
      String signature) {
    String path = "/v1/webhooks/" + provider + "/" + URLEncoder.encode(jobId, StandardCharsets.UTF_8) + "/" + token;
    MutableHttpRequest<String> r = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
    if (signature != null) {
      r.header(WebhookSignature.HEADER, signature);
    }
    return r;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
