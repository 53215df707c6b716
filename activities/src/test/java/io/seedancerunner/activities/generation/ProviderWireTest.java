package io.seedancerunner.activities.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.openapi.OpenApiProvider;
import io.seedancerunner.activities.provider.ProviderHttp;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.seedanceapi.SeedanceApiProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each adapter puts on the wire and how it reads odd answers, against a tiny in-test server:
 * request shapes, lost answers (ambiguous submit), refused connections, business failures in a
 * 200, unreadable answers.
 */
class ProviderWireTest {

  private static final String CALLBACK = "http://runner/v1/webhooks/p/job-1/0123456789abcdef0123456789abcdef";
  private final ObjectMapper mapper = new ObjectMapper();

  private VideoProvider openApi(String baseUrl, Duration submitTimeout) {
    ProviderConfig c = Accounts.account("oa", "open-api", baseUrl, "sd2_key");
    c.setSubmitTimeout(submitTimeout);
    c.setReadTimeout(submitTimeout);
    return new OpenApiProvider(new ProviderHttp(c), mapper);
  }

  private VideoProvider seedanceApi(String baseUrl, Duration submitTimeout) {
    ProviderConfig c = Accounts.account("sa", "seedanceapi", baseUrl, "sk_key");
    c.setSubmitTimeout(submitTimeout);
    c.setReadTimeout(submitTimeout);
    return new SeedanceApiProvider(new ProviderHttp(c), mapper);
  }

  private static GenerationRequest withImages() {
    return new GenerationRequest("p", "seedance-2.0", "a cat", 8, "720p", "9:16", false, false,
        "https://img/first.png", null, List.of("https://img/ref.png"));
  }

  @Test
  void openApiSubmitBody() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(),
        "{\"success\":true,\"requestId\":\"req_1\",\"status\":\"queued\",\"creditsCharged\":\"40\",\"extra\":{\"x\":1}}");
        VideoProvider p = openApi(server.baseUrl() + "/base", Duration.ofSeconds(5))) {
      SubmitReceipt r = p.submit("job-1", withImages(), CALLBACK);
      assertEquals(new SubmitReceipt("req_1", TaskState.QUEUED, null, 40.0, true), r);
      TinyHttpServer.Recorded req = server.requests().get(0);
      assertEquals("POST /base/api/open/v1/video/generations HTTP/1.1", req.line());
      assertEquals("Bearer sd2_key", req.headers().get("authorization"));
      JsonNode body = mapper.readTree(req.body());
      assertEquals("seedance-2.0", body.get("model").asText());
      assertEquals("a cat", body.get("prompt").asText());
      assertEquals("9:16", body.get("aspectRatio").asText());
      assertTrue(body.get("duration").isInt());
      assertEquals(8, body.get("duration").asInt());
      assertEquals("720p", body.get("resolution").asText());
      assertEquals(CALLBACK, body.get("webhookUrl").asText());
      assertEquals("job-1", body.get("metadata").get("jobId").asText());
      assertEquals("[\"https://img/first.png\",\"https://img/ref.png\"]", body.get("mediaUrls").toString());
    }
  }

  @Test
  void seedanceApiSubmitBody() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(),
        "{\"code\":200,\"message\":\"success\",\"data\":{\"task_id\":12345,\"status\":\"IN_PROGRESS\"}}");
        VideoProvider p = seedanceApi(server.baseUrl(), Duration.ofSeconds(5))) {
      GenerationRequest audio = new GenerationRequest("p", "seedance-2.0", "a river", 12, "480p", "21:9",
          true, true, "https://img/first.png", null, List.of());
      SubmitReceipt r = p.submit("job-1", audio, CALLBACK);
      assertEquals(new SubmitReceipt("12345", TaskState.RUNNING, null, null, false), r);
      TinyHttpServer.Recorded req = server.requests().get(0);
      assertEquals("POST /v1/generate HTTP/1.1", req.line());
      assertEquals("Bearer sk_key", req.headers().get("authorization"));
      JsonNode body = mapper.readTree(req.body());
      assertTrue(body.get("duration").isTextual(), "seed 001 sends the duration as a string");
      assertEquals("12", body.get("duration").asText());
      assertEquals("21:9", body.get("aspect_ratio").asText());
      assertEquals("480p", body.get("resolution").asText());
      assertTrue(body.get("generate_audio").asBoolean());
      assertTrue(body.get("fixed_lens").asBoolean());
      assertEquals("[\"https://img/first.png\"]", body.get("image_urls").toString());
      assertEquals(CALLBACK, body.get("callback_url").asText());
      assertFalse(body.has("model"));
    }
  }

  @Test
  void textOnlyRequestsSendNoImageFieldAndNoCallbackWhenWebhooksAreOff() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(),
        "{\"success\":true,\"requestId\":\"req_2\"}");
        VideoProvider p = openApi(server.baseUrl(), Duration.ofSeconds(5))) {
      SubmitReceipt r = p.submit("job-2", Accounts.text("p", "a dog"), null);
      assertEquals(TaskState.QUEUED, r.state());
      JsonNode body = mapper.readTree(server.requests().get(0).body());
      assertFalse(body.has("mediaUrls"));
      assertFalse(body.has("webhookUrl"));
    }
  }

  @Test
  void submitWhoseAnswerNeverComesIsAmbiguous() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.silent()) {
      for (VideoProvider p : List.of(openApi(server.baseUrl(), Duration.ofMillis(400)),
          seedanceApi(server.baseUrl(), Duration.ofMillis(400)))) {
        try (p) {
          ApplicationFailure f = assertThrows(ApplicationFailure.class,
              () -> p.submit("job-3", Accounts.text("p", "a cat"), CALLBACK));
          assertEquals(Failures.AMBIGUOUS_SUBMIT, f.getType(), f.getOriginalMessage());
          assertTrue(f.isNonRetryable());
          assertFalse(f.getOriginalMessage().contains("0123456789abcdef0123456789abcdef"));
        }
      }
      assertEquals(2, server.requests().size(), "each submit left exactly once");
    }
  }

  @Test
  void statusWhoseAnswerNeverComesIsTransient() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.silent();
        VideoProvider p = openApi(server.baseUrl(), Duration.ofMillis(400))) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> p.status("req_1"));
      assertEquals(Failures.PROVIDER_TRANSIENT, f.getType());
      assertFalse(f.isNonRetryable());
    }
  }

  @Test
  void refusedConnectionIsTransientEvenForASubmit() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (VideoProvider p = seedanceApi("http://127.0.0.1:" + port, Duration.ofSeconds(2))) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class,
          () -> p.submit("job-4", Accounts.text("p", "a cat"), null));
      assertEquals(Failures.PROVIDER_TRANSIENT, f.getType(), f.getOriginalMessage());
      assertFalse(f.isNonRetryable());
    }
  }

  @Test
  void businessFailureInsideA200IsClassifiedByItsCode() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(),
        "{\"success\":false,\"error\":{\"code\":\"insufficient_credits\",\"message\":\"top up\"}}");
        VideoProvider p = openApi(server.baseUrl(), Duration.ofSeconds(5))) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class,
          () -> p.submit("job-5", Accounts.text("p", "a cat"), null));
      assertEquals(Failures.INSUFFICIENT_CREDITS, f.getType());
      assertEquals("insufficient_credits", f.getDetails().get(0, String.class));
      assertEquals(402, f.getDetails().get(1, Integer.class));
    }
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(),
        "{\"code\":402,\"message\":\"INSUFFICIENT_CREDITS\",\"data\":null}");
        VideoProvider p = seedanceApi(server.baseUrl(), Duration.ofSeconds(5))) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class,
          () -> p.submit("job-5", Accounts.text("p", "a cat"), null));
      assertEquals(Failures.INSUFFICIENT_CREDITS, f.getType());
      assertEquals("INSUFFICIENT_CREDITS", f.getDetails().get(0, String.class));
      assertEquals(402, f.getDetails().get(1, Integer.class));
    }
  }

  @Test
  void unreadableSubmitAnswerIsAmbiguousAndUnreadableStatusIsTransient() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), "<html>ok</html>");
        VideoProvider p = seedanceApi(server.baseUrl(), Duration.ofSeconds(5))) {
      ApplicationFailure submit = assertThrows(ApplicationFailure.class,
          () -> p.submit("job-6", Accounts.text("p", "a cat"), null));
      assertEquals(Failures.AMBIGUOUS_SUBMIT, submit.getType());
      ApplicationFailure status = assertThrows(ApplicationFailure.class, () -> p.status("t1"));
      assertEquals(Failures.PROVIDER_TRANSIENT, status.getType());
    }
  }

  @Test
  void rateLimitHonoursRetryAfter() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(429, Map.of("Retry-After", "3"),
        "{\"success\":false,\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}");
        VideoProvider p = openApi(server.baseUrl(), Duration.ofSeconds(5))) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> p.status("req_1"));
      assertEquals(Failures.PROVIDER_RATE_LIMITED, f.getType());
      assertEquals(Duration.ofSeconds(3), f.getNextRetryDelay());
      assertEquals("rate_limited", f.getDetails().get(0, String.class));
    }
  }

  @Test
  void inputsTheDialectCannotExpressAreRefusedBeforeSending() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), "{}");
        VideoProvider oa = openApi(server.baseUrl(), Duration.ofSeconds(5));
        VideoProvider sa = seedanceApi(server.baseUrl(), Duration.ofSeconds(5))) {
      GenerationRequest lastFrame = new GenerationRequest("p", "seedance-2.0", "x", 4, "720p", "16:9", false, false,
          null, "https://img/last.png", List.of());
      GenerationRequest fast = new GenerationRequest("p", "seedance-2.0-fast", "x", 4, "720p", "16:9", false, false,
          null, null, List.of());
      for (ApplicationFailure f : List.of(
          assertThrows(ApplicationFailure.class, () -> oa.submit("j", lastFrame, null)),
          assertThrows(ApplicationFailure.class, () -> sa.submit("j", lastFrame, null)),
          assertThrows(ApplicationFailure.class, () -> sa.submit("j", fast, null)))) {
        assertEquals(Failures.PROVIDER_REJECTED, f.getType());
        assertTrue(f.isNonRetryable());
        assertEquals(0, f.getDetails().get(1, Integer.class));
      }
      assertTrue(server.requests().isEmpty());
    }
  }

  @Test
  void downloadAuthOnlyOnTheProvidersOwnOrigin() {
    try (VideoProvider p = openApi("http://127.0.0.1:9/sim/open-api", Duration.ofSeconds(1))) {
      assertEquals(Map.of("Authorization", "Bearer sd2_key"), p.downloadHeaders("http://127.0.0.1:9/sim/files/t.mp4"));
      assertEquals(Map.of(), p.downloadHeaders("http://127.0.0.1:10/sim/files/t.mp4"));
      assertEquals(Map.of(), p.downloadHeaders("https://cdn.example.com/t.mp4"));
      assertEquals(Map.of(), p.downloadHeaders("not a url"));
    }
  }
}
