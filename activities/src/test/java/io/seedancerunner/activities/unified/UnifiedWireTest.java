package io.seedancerunner.activities.unified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.generation.ProviderRegistry;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.TaskSnapshot;
import io.seedancerunner.workflows.model.TaskState;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the unified adapter puts on the wire, and answers the simulator never gives. */
class UnifiedWireTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TASK = "{\"id\":\"task-unified-1-a\",\"object\":\"video.generation.task\","
      + "\"status\":\"pending\",\"task_info\":{\"can_cancel\":false,\"estimated_time\":165},"
      + "\"usage\":{\"credits_reserved\":50}}";
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";

  private static <T> T withServer(TinyHttpServer server, Function<VideoProvider, T> call) throws Exception {
    try (server; ProviderRegistry registry = new ProviderRegistry(List.of(
        Accounts.account("wire", "unified", server.baseUrl(), "sk-wire")), MAPPER)) {
      return call.apply(registry.require("wire"));
    }
  }

  private static GenerationRequest request(Boolean contentFilter) {
    return new GenerationRequest("wire", "seedance-2.0-text-to-video", "a frog", 7, "1080p", "21:9", false, false,
        null, null, List.of(), List.of(), List.of(), new GenerationOptions(null, null, null, null, null, contentFilter));
  }

  @Test
  void theBodyUsesTheProvidersFieldNamesAndAPublicHttpsCallback() throws Exception {
    TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), TASK);
    String callback = "https://runner.example.com/v1/webhooks/wire/job-w/" + TOKEN;
    var receipt = withServer(server, p -> p.submit("job-w", request(false), callback));
    TinyHttpServer.Recorded sent = server.requests().get(0);
    assertEquals("POST /v1/videos/generations HTTP/1.1", sent.line());
    JsonNode body = MAPPER.readTree(sent.body());
    assertEquals("seedance-2.0-text-to-video", body.get("model").asText());
    assertEquals(7, body.get("duration").asInt());
    assertTrue(body.get("duration").isInt(), "an integer");
    assertEquals("1080p", body.get("quality").asText(), "the resolution travels as quality");
    assertEquals("21:9", body.get("aspect_ratio").asText());
    assertFalse(body.get("generate_audio").asBoolean(), "always sent: the provider's default is true");
    assertFalse(body.get("content_filter").asBoolean());
    assertEquals(callback, body.get("callback_url").asText());
    assertEquals(165, receipt.estimatedSeconds());
    assertFalse(receipt.cancellable(), "task_info.can_cancel");
    assertEquals(50.0, receipt.cost());
  }

  @Test
  void theContentFilterIsLeftToTheProviderWhenUnset() throws Exception {
    TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), TASK);
    withServer(server, p -> p.submit("job-w", request(null), null));
    JsonNode body = MAPPER.readTree(server.requests().get(0).body());
    assertFalse(body.has("content_filter"));
    assertFalse(body.has("callback_url"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://runner.example.com/v1/webhooks/wire/job-w/", "https://127.0.0.1:8443/v1/webhooks/wire/job-w/",
      "https://10.0.0.7/v1/webhooks/wire/job-w/", "https://192.168.1.20/v1/webhooks/wire/job-w/",
      "https://localhost/v1/webhooks/wire/job-w/", "https://[::1]/v1/webhooks/wire/job-w/"})
  void aCallbackTheProviderWouldRefuseIsLeftOutSoTheJobPolls(String base) throws Exception {
    TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), TASK);
    withServer(server, p -> p.submit("job-w", request(null), base + TOKEN));
    JsonNode body = MAPPER.readTree(server.requests().get(0).body());
    assertFalse(body.has("callback_url"), base);
    assertFalse(server.requests().get(0).body().contains(TOKEN), "the token never leaves");
  }

  @Test
  void anOverlongCallbackIsLeftOut() throws Exception {
    TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), TASK);
    withServer(server, p -> p.submit("job-w", request(null), "https://runner.example.com/" + "a".repeat(2100)));
    assertFalse(MAPPER.readTree(server.requests().get(0).body()).has("callback_url"));
  }

  @Test
  void aCompletedTaskWithoutAResultHasOutlivedItsLinks() throws Exception {
    TaskSnapshot s = withServer(TinyHttpServer.answering(200, Map.of(),
        "{\"id\":\"t\",\"status\":\"completed\",\"progress\":100,\"results\":[]}"), p -> p.status("t"));
    assertEquals(TaskState.EXPIRED, s.state());
    assertEquals("completed", s.rawStatus());
    assertNull(s.videoUrl());
  }

  @Test
  void anUnknownStatusWordIsUnknownNotACrash() throws Exception {
    TaskSnapshot s = withServer(TinyHttpServer.answering(200, Map.of(),
        "{\"id\":\"t\",\"status\":\"thinking\",\"progress\":\"0.5\",\"usage\":{\"credits_reserved\":\"12\"}}"),
        p -> p.status("t"));
    assertEquals(TaskState.UNKNOWN, s.state());
    assertEquals(50, s.progressPercent(), "a fraction is scaled");
    assertEquals(12.0, s.cost());
  }

  @Test
  void theCancelEndpointIsOurChoice() throws Exception {
    TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), TASK);
    boolean accepted = withServer(server, p -> p.cancel("task-unified-1-a"));
    assertTrue(accepted);
    assertEquals("POST /v1/tasks/task-unified-1-a/cancel HTTP/1.1", server.requests().get(0).line());
  }
}
