package io.seedancerunner.activities.ark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.provider.ProviderHttp;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the ark adapter puts on the wire and how it reads answers the simulator does not give:
 * the exact create body, lost answers, the cancel race, odd status answers, the real list shape
 * (no prompt), an endless list.
 */
class ArkProviderWireTest {

  private static final String CALLBACK = "http://runner/v1/webhooks/p/job-1/0123456789abcdef0123456789abcdef";
  private final ObjectMapper mapper = new ObjectMapper();

  private ArkProvider ark(String baseUrl) {
    ProviderConfig c = Accounts.account("ark", "ark", baseUrl, "ark_secret_key");
    c.setSubmitTimeout(Duration.ofMillis(800));
    c.setReadTimeout(Duration.ofSeconds(5));
    return new ArkProvider(new ProviderHttp(c), mapper);
  }

  private static byte[] http(int status, String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    return ("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + b.length
        + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void createBodyCarriesEveryInputAndOption() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), "{\"id\":\"cgt-20250331175019-68d9t\"}");
        ArkProvider p = ark(server.baseUrl() + "/base")) {
      GenerationRequest r = new GenerationRequest("p", "dreamina-seedance-2-0-260128", "a cat", 6, "720p", "adaptive",
          false, true, "https://img/first.png", "https://img/last.png", List.of("https://img/ref.png"),
          List.of("https://v/ref.mp4"), List.of("https://a/ref.wav"),
          new GenerationOptions(-1L, false, "default", true, 7200, null));
      SubmitReceipt receipt = p.submit("job-1", r, CALLBACK);
      assertEquals(new SubmitReceipt("cgt-20250331175019-68d9t", TaskState.QUEUED, null, null, true), receipt);
      TinyHttpServer.Recorded req = server.requests().get(0);
      assertEquals("POST /base/api/v3/contents/generations/tasks HTTP/1.1", req.line());
      assertEquals("Bearer ark_secret_key", req.headers().get("authorization"));
      assertEquals(mapper.readTree("{\"model\":\"dreamina-seedance-2-0-260128\",\"content\":["
          + "{\"type\":\"text\",\"text\":\"a cat\"},"
          + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://img/first.png\"},\"role\":\"first_frame\"},"
          + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://img/last.png\"},\"role\":\"last_frame\"},"
          + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://img/ref.png\"},\"role\":\"reference_image\"},"
          + "{\"type\":\"video_url\",\"video_url\":{\"url\":\"https://v/ref.mp4\"},\"role\":\"reference_video\"},"
          + "{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"https://a/ref.wav\"},\"role\":\"reference_audio\"}],"
          + "\"resolution\":\"720p\",\"ratio\":\"adaptive\",\"duration\":6,\"generate_audio\":false,\"camera_fixed\":true,"
          + "\"seed\":-1,\"watermark\":false,\"service_tier\":\"default\",\"return_last_frame\":true,"
          + "\"execution_expires_after\":7200,\"callback_url\":\"" + CALLBACK + "\"}"), mapper.readTree(req.body()));
    }
  }

  @Test
  void unsetOptionsAnEmptyPromptAndAFreeLensAreLeftOut() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), "{\"id\":\"cgt-1\"}");
        ArkProvider p = ark(server.baseUrl())) {
      p.submit("job-1", new GenerationRequest("p", "m", " ", 4, "480p", "1:1", true, false, null, null,
          List.of("https://img/ref.png")), null);
      JsonNode body = mapper.readTree(server.requests().get(0).body());
      assertEquals(1, body.get("content").size(), "no text item for a blank prompt");
      assertEquals("reference_image", body.get("content").get(0).get("role").asText());
      assertTrue(body.get("generate_audio").asBoolean());
      assertEquals(ArkSeeds.derived("job-1-a1"), body.get("seed").asLong(), "a seed derived from job id and attempt");
      for (String absent : List.of("camera_fixed", "watermark", "service_tier", "return_last_frame",
          "execution_expires_after", "callback_url")) {
        assertFalse(body.has(absent), absent);
      }
    }
  }

  @Test
  void aSubmitWhoseAnswerNeverComesIsAmbiguous() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.silent(); ArkProvider p = ark(server.baseUrl())) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class,
          () -> p.submit("job-1", new GenerationRequest("p", "m", "x", 4, "480p", "1:1", false, false, null, null,
              List.of()), null));
      assertEquals(Failures.AMBIGUOUS_SUBMIT, f.getType());
      assertEquals(1, server.requests().size(), "sent once, never repeated");
    }
  }

  @Test
  void aSuccessWithoutAnIdIsAmbiguousForASubmit() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), "{\"status\":\"queued\"}");
        ArkProvider p = ark(server.baseUrl())) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> p.submit("j",
          new GenerationRequest("p", "m", "x", 4, "480p", "1:1", false, false, null, null, List.of()), null));
      assertEquals(Failures.AMBIGUOUS_SUBMIT, f.getType());
    }
  }

  @Test
  void serverOverloadedIsTransientAndAnErrorInsideA200CountsAsItsStatus() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(503, Map.of("Retry-After", "9"),
        "{\"error\":{\"code\":\"ServerOverloaded\",\"message\":\"busy\",\"param\":\"\",\"type\":\"ServiceUnavailable\"}}");
        ArkProvider p = ark(server.baseUrl())) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> p.status("cgt-1"));
      assertEquals(Failures.PROVIDER_TRANSIENT, f.getType());
      assertEquals("ServerOverloaded", f.getDetails().get(0, String.class));
      assertEquals(Duration.ofSeconds(9), f.getNextRetryDelay());
    }
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(),
        "{\"error\":{\"code\":\"AuthenticationError\",\"message\":\"key ark_secret_key is invalid\"}}");
        ArkProvider p = ark(server.baseUrl())) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> p.status("cgt-1"));
      assertEquals(Failures.PROVIDER_REJECTED, f.getType());
      assertEquals(401, f.getDetails().get(1, Integer.class));
      assertFalse(f.getOriginalMessage().contains("ark_secret_key"), "echoed keys are scrubbed");
    }
  }

  @Test
  void oddStatusAnswersAreReadNotCrashedOn() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(),
        "{\"id\":\"cgt-1\",\"status\":\"paused\",\"usage\":{\"completion_tokens\":\"10\"},\"content\":{\"video_url\":\"x\"}}");
        ArkProvider p = ark(server.baseUrl())) {
      TaskSnapshot s = p.status("cgt-1");
      assertEquals(TaskState.UNKNOWN, s.state());
      assertEquals("paused", s.rawStatus());
      assertNull(s.videoUrl(), "a URL counts only once succeeded");
      assertEquals(10.0, s.cost());
      assertEquals("GET /api/v3/contents/generations/tasks/cgt-1 HTTP/1.1", server.requests().get(0).line());
    }
  }

  @Test
  void aDeleteRefusedBecauseTheTaskLeftTheQueueMeanwhileIsFalse() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.raw(req -> req.line().startsWith("GET")
        ? http(200, "{\"id\":\"cgt-1\",\"status\":\"queued\"}")
        : http(400, "{\"error\":{\"code\":\"InvalidParameter\",\"message\":\"running\",\"param\":\"id\",\"type\":\"BadRequest\"}}"));
        ArkProvider p = ark(server.baseUrl())) {
      assertFalse(p.cancel("cgt-1"));
      assertEquals("DELETE /api/v3/contents/generations/tasks/cgt-1 HTTP/1.1", server.requests().get(1).line());
    }
    try (TinyHttpServer server = TinyHttpServer.raw(req -> req.line().startsWith("GET")
        ? http(200, "{\"id\":\"cgt-1\",\"status\":\"queued\"}")
        : http(500, "{\"error\":{\"code\":\"InternalServiceError\",\"message\":\"x\"}}"));
        ArkProvider p = ark(server.baseUrl())) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> p.cancel("cgt-1"));
      assertEquals(Failures.PROVIDER_TRANSIENT, f.getType(), "other DELETE errors are thrown, classified");
    }
  }

  @Test
  void aDeleteIsNeverSentForAnEndedTaskWhoseRecordItWouldDelete() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), "{\"id\":\"cgt-1\",\"status\":\"succeeded\"}");
        ArkProvider p = ark(server.baseUrl())) {
      assertFalse(p.cancel("cgt-1"));
      assertEquals(1, server.requests().size());
      assertTrue(server.requests().get(0).line().startsWith("GET "));
    }
  }

  @Test
  void downloadsNeverCarryTheKeyEvenOnTheApisOrigin() throws Exception {
    try (ArkProvider p = ark("https://ark.ap-southeast.bytepluses.com")) {
      assertEquals(Map.of(), p.downloadHeaders("https://ark.ap-southeast.bytepluses.com/x.mp4"));
      assertEquals(Map.of(), p.downloadHeaders("https://ark-acg.tos-ap-southeast-1.volces.com/x.mp4?X-Tos-Signature=s"));
    }
  }

  @Test
  void reconcileOnTheRealListShapeMatchesOnModelTimeAndShapeAndSaysSo() throws Exception {
    long now = Instant.now().getEpochSecond();
    String list = "{\"items\":["
        + "{\"id\":\"cgt-mine\",\"model\":\"m\",\"status\":\"running\",\"created_at\":" + now + ",\"duration\":4,"
        + "\"resolution\":\"480p\",\"ratio\":\"1:1\",\"content\":{}},"
        + "{\"id\":\"cgt-old\",\"model\":\"m\",\"status\":\"succeeded\",\"created_at\":" + (now - 3600) + ",\"duration\":4},"
        + "{\"id\":\"cgt-long\",\"model\":\"m\",\"status\":\"queued\",\"created_at\":" + now + ",\"duration\":8},"
        + "{\"id\":\"cgt-wide\",\"model\":\"m\",\"status\":\"queued\",\"created_at\":" + now + ",\"ratio\":\"16:9\"},"
        + "{\"id\":\"cgt-undated\",\"model\":\"m\",\"status\":\"queued\"}],\"total\":5}";
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), list); ArkProvider p = ark(server.baseUrl())) {
      GenerationRequest r = new GenerationRequest("p", "m", "x", 4, "480p", "1:1", false, false, null, null, List.of());
      Reconciliation found = new ArkReconciler(p).reconcile(r, null, Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
      assertEquals(Reconciliation.Outcome.FOUND, found.outcome(), found.detail());
      assertEquals(new SubmitReceipt("cgt-mine", TaskState.RUNNING, null, null, false), found.receipt());
      assertTrue(found.detail().contains("carries no prompt"), found.detail());
      assertEquals("GET /api/v3/contents/generations/tasks?filter.model=m&page_num=1&page_size=100 HTTP/1.1",
          server.requests().get(0).line());
      assertEquals(1, server.requests().size(), "one page held the total");
    }
  }

  @Test
  void aListThatNeverEndsIsAmbiguousNotALoop() throws Exception {
    long now = Instant.now().getEpochSecond();
    String page = "{\"items\":[{\"id\":\"cgt-x\",\"model\":\"m\",\"status\":\"queued\",\"created_at\":" + now
        + ",\"request_content\":[{\"type\":\"text\",\"text\":\"other\"}]}],\"total\":1000000}";
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), page); ArkProvider p = ark(server.baseUrl())) {
      GenerationRequest r = new GenerationRequest("p", "m", "x", 4, "480p", "1:1", false, false, null, null, List.of());
      Reconciliation r1 = new ArkReconciler(p, 1).reconcile(r, null, Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
      assertEquals(Reconciliation.Outcome.AMBIGUOUS, r1.outcome(), r1.detail());
      assertEquals(ArkReconciler.MAX_PAGES, server.requests().size());
      assertTrue(r1.detail().contains("not read to its end"), r1.detail());
    }
  }
}
