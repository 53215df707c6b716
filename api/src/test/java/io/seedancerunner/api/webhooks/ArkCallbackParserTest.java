package io.seedancerunner.api.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The ark callback: the task object of the query API, as the simulator and the real API send it. */
class ArkCallbackParserTest {

  private static ParsedCallback parse(String body) {
    return CallbackParsers.forDialect("ark").parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theArkDialectHasItsOwnParser() {
    assertTrue(CallbackParsers.forDialect("ark") instanceof ArkCallbackParser);
  }

  @Test
  void aSucceededTaskObject() {
    String body = "{\"id\":\"cgt-20250331175019-68d9t\",\"model\":\"dreamina-seedance-2-0-260128\",\"status\":\"succeeded\","
        + "\"error\":null,\"content\":{\"video_url\":\"https://ark-acg.tos-ap-southeast-1.volces.com/x.mp4?X-Tos-Expires=86400\"},"
        + "\"usage\":{\"completion_tokens\":108900,\"total_tokens\":108900},\"created_at\":1743414619,"
        + "\"updated_at\":1743414673,\"seed\":10,\"resolution\":\"720p\",\"ratio\":\"16:9\",\"duration\":5,"
        + "\"framespersecond\":24}";
    assertEquals(new ParsedCallback("cgt-20250331175019-68d9t", "succeeded"), parse(body));
  }

  @Test
  void runningFailedAndExpiredCallbacks() {
    assertEquals(new ParsedCallback("cgt-1", "running"), parse("{\"id\":\"cgt-1\",\"status\":\"running\",\"error\":null}"));
    assertEquals(new ParsedCallback("cgt-2", "failed"), parse("{\"id\":\"cgt-2\",\"status\":\"failed\","
        + "\"error\":{\"code\":\"InputTextSensitiveContentDetected\",\"message\":\"m\"}}"));
    assertEquals(new ParsedCallback("cgt-3", "expired"), parse("{\"id\":\"cgt-3\",\"status\":\"expired\"}"));
  }

  @Test
  void relayedShapesAreTolerated() {
    assertEquals(new ParsedCallback("cgt-4", "queued"), parse("{\"data\":{\"id\":\"cgt-4\",\"status\":\"queued\"}}"));
    assertEquals(new ParsedCallback("cgt-5", "cancelled"), parse("{\"task_id\":\"cgt-5\",\"status\":\"cancelled\"}"));
    assertEquals(new ParsedCallback("cgt-6", null), parse("{\"id\":\"cgt-6\",\"status\":{\"x\":1}}"));
  }

  @Test
  void unreadableBodiesYieldNothing() {
    assertEquals(ParsedCallback.EMPTY, parse("not json"));
    assertEquals(ParsedCallback.EMPTY, parse("[{\"id\":\"cgt-1\"}]"));
    assertEquals(ParsedCallback.EMPTY, parse(""));
  }
}
