package io.seedancerunner.api.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallbackParsersTest {

  private static ParsedCallback parse(String dialect, String body) {
    return CallbackParsers.forDialect(dialect).parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void onlyTheOpenApiDialectSignsItsCallbacks() {
    for (String dialect : java.util.List.of("seedanceapi", "openai-videos", "seedance2ai", "unified", "ark", "nope")) {
      assertEquals(false, CallbackParsers.forDialect(dialect).signsCallbacks(), dialect);
    }
    assertEquals(true, CallbackParsers.forDialect("open-api").signsCallbacks());
  }

  @Test
  void openApiCompletionPayload() {
    assertEquals(new ParsedCallback("req_1", "succeeded"),
        parse("open-api", "{\"success\":true,\"requestId\":\"req_1\",\"status\":\"succeeded\",\"error\":null}"));
    assertEquals(new ParsedCallback("req_2", "failed"),
        parse("open-api", "{\"data\":{\"request_id\":\"req_2\",\"status\":\"failed\"}}"));
  }

  @Test
  void seedanceapiStatusShape() {
    assertEquals(new ParsedCallback("t1", "FAILED"),
        parse("seedanceapi", "{\"code\":200,\"data\":{\"task_id\":\"t1\",\"status\":\"FAILED\"}}"));
    assertEquals(new ParsedCallback("t2", "SUCCESS"), parse("seedanceapi", "{\"task_id\":\"t2\",\"status\":\"SUCCESS\"}"));
    assertEquals(new ParsedCallback("77", null), parse("seedanceapi", "{\"data\":{\"task_id\":77}}"));
  }

  @Test
  void unreadableBodiesYieldNothing() {
    assertEquals(ParsedCallback.EMPTY, parse("open-api", "<xml/>"));
    assertEquals(ParsedCallback.EMPTY, parse("seedanceapi", "[1,2]"));
    assertEquals(ParsedCallback.EMPTY, parse("open-api", ""));
  }

  @Test
  void otherDialectsGetTheTolerantReader() {
    assertEquals(new ParsedCallback("t3", "SUCCESS"),
        parse("not-a-dialect-yet", "{\"data\":{\"task_id\":\"t3\",\"status\":\"SUCCESS\"}}"));
    assertEquals(new ParsedCallback("task-x", "completed"), parse(null, "{\"id\":\"task-x\",\"status\":\"completed\"}"));
  }
}
