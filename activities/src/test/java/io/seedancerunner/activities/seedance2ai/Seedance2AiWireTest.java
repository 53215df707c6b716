package io.seedancerunner.activities.seedance2ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.provider.SubmitAttempt;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the seedance2ai adapter puts on the wire, and how it reads answers the simulator never gives. */
class Seedance2AiWireTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RECEIPT = "{\"id\":\"sd2_1\",\"status\":\"processing\",\"model\":\"seedance2\","
      + "\"quality_tier\":\"standard\",\"channel\":\"standard\",\"credits_used\":30}";

  private static <T> T withServer(TinyHttpServer server, java.util.function.Function<VideoProvider, T> call) throws Exception {
    try (server; ProviderRegistry registry = new ProviderRegistry(List.of(
        Accounts.account("wire", "seedance2ai", server.baseUrl(), "sk_live_wire")), MAPPER)) {
      return call.apply(registry.require("wire"));
    }
  }

  @Test
  void mediaToVideoBodyCarriesEveryInputAndTheKeyButNoCallback() throws Exception {
    TinyHttpServer server = TinyHttpServer.answering(202, Map.of(), RECEIPT);
    GenerationRequest r = new GenerationRequest("wire", "seedance-2.0-pro", "refs", 6, "4k", "adaptive", false, true,
        "https://img.example/first.png", "https://img.example/last.png", List.of("https://img.example/ref.png"),
        List.of("https://cdn.example/clip.mp4"), List.of(), new GenerationOptions(99L, null, null, null, null, null));
    withServer(server, p -> p.submit(new SubmitAttempt("job-w", "job-w-a3", r, "https://runner.example/v1/webhooks/x/job-w/"
        + "0123456789abcdef0123456789abcdef")));
    TinyHttpServer.Recorded sent = server.requests().get(0);
    assertEquals("POST /api/v1/video/seedance2 HTTP/1.1", sent.line());
    assertEquals("job-w-a3", sent.headers().get("idempotency-key"));
    assertEquals("Bearer sk_live_wire", sent.headers().get("authorization"));
    JsonNode body = MAPPER.readTree(sent.body());
    assertEquals("media-to-video", body.get("mode").asText());
    assertEquals("pro", body.get("quality_tier").asText());
    assertEquals("6", body.get("duration").asText());
    assertTrue(body.get("duration").isTextual(), "the duration travels as a string");
    assertEquals("4k", body.get("resolution").asText());
    assertEquals("adaptive", body.get("aspect_ratio").asText());
    assertEquals("https://img.example/first.png", body.get("image_url").asText());
    assertEquals("https://img.example/last.png", body.get("end_image_url").asText());
    assertEquals(List.of("https://img.example/ref.png", "https://cdn.example/clip.mp4"),
        MAPPER.convertValue(body.get("media_urls"), List.class));
    assertFalse(body.get("generate_audio").asBoolean(), "always sent: the provider's default is true");
    assertTrue(body.get("fixed_lens").asBoolean());
    assertEquals(99, body.get("seed").asLong());
    assertFalse(sent.body().contains("webhooks"), "poll-only: no callback URL anywhere");
    assertFalse(body.has("channel"));
  }

  @Test
  void firstFrameAloneIsImageToVideoAndTextAloneIsTextToVideo() throws Exception {
    TinyHttpServer server = TinyHttpServer.answering(202, Map.of(), RECEIPT);
    withServer(server, p -> {
      p.submit("job-i", Accounts.firstFrame("wire", "x", "https://img.example/a.png"), null);
      return p.submit("job-t", Accounts.text("wire", "x"), null);
    });
    JsonNode image = MAPPER.readTree(server.requests().get(0).body());
    assertEquals("image-to-video", image.get("mode").asText());
    assertFalse(image.has("media_urls"));
    assertEquals("job-i-a1", server.requests().get(0).headers().get("idempotency-key"));
    JsonNode text = MAPPER.readTree(server.requests().get(1).body());
    assertEquals("text-to-video", text.get("mode").asText());
    assertFalse(text.has("image_url"));
    assertFalse(text.has("seed"));
  }

  @Test
  void anUnknownStatusWordIsUnknownNotACrash() throws Exception {
    TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), "{\"id\":\"sd2_1\",\"status\":\"rendering\",\"credits_used\":\"30\"}");
    TaskSnapshot s = withServer(server, p -> p.status("sd2_1"));
    assertEquals(TaskState.UNKNOWN, s.state());
    assertEquals("rendering", s.rawStatus());
    assertEquals(30.0, s.cost(), "a numeric string is tolerated");
    assertNull(s.videoUrl());
  }

  @Test
  void aConflictForAnotherBodyIsRejectedAndAStillRunningOneIsTransient() throws Exception {
    ApplicationFailure other = withServer(TinyHttpServer.answering(409, Map.of(),
        "{\"error\":{\"code\":\"idempotency_conflict\",\"message\":\"Same Idempotency-Key reused with a different body\"}}"),
        p -> expectFailure(() -> p.submit("j", Accounts.text("wire", "x"), null)));
    assertEquals(Failures.PROVIDER_REJECTED, other.getType());
    ApplicationFailure running = withServer(TinyHttpServer.answering(409, Map.of(),
        "{\"error\":{\"code\":\"idempotency_conflict\",\"message\":\"Request still running\"}}"),
        p -> expectFailure(() -> p.submit("j", Accounts.text("wire", "x"), null)));
    assertEquals(Failures.PROVIDER_TRANSIENT, running.getType());
    assertFalse(running.isNonRetryable());
  }

  private static ApplicationFailure expectFailure(Runnable call) {
    try {
      call.run();
    } catch (ApplicationFailure f) {
      return f;
    }
    throw new AssertionError("no failure");
  }
}
