package io.seedancerunner.api.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenAiVideosCallbackParserTest {

  private static ParsedCallback parse(String body) {
    return CallbackParsers.forDialect("openai-videos").parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theDialectHasItsOwnParser() {
    assertInstanceOf(OpenAiVideosCallbackParser.class, CallbackParsers.forDialect("openai-videos"));
  }

  @Test
  void readsTheTaskDetailTheSimulatorSends() {
    String success = "{\"id\":\"task_8c1f\",\"task_id\":\"task_8c1f\",\"object\":\"video\",\"model\":\"seedance-2.0\","
        + "\"status\":\"SUCCESS\",\"progress\":\"100%\",\"created_at\":1767225600,\"seconds\":\"5\","
        + "\"metadata\":{\"resolution\":\"720p\",\"ratio\":\"16:9\"},\"result_url\":\"/v1/videos/task_8c1f/content\"}";
    assertEquals(new ParsedCallback("task_8c1f", "SUCCESS"), parse(success));
    String failure = "{\"task_id\":\"task_2\",\"status\":\"FAILURE\",\"progress\":\"100%\","
        + "\"fail_reason\":\"The request was rejected by content moderation\"}";
    assertEquals(new ParsedCallback("task_2", "FAILURE"), parse(failure));
  }

  @Test
  void toleratesOtherSpellingsAndAWrapper() {
    assertEquals(new ParsedCallback("task_3", "IN_PROGRESS"), parse("{\"id\":\"task_3\",\"status\":\"IN_PROGRESS\"}"));
    assertEquals(new ParsedCallback("task_4", "SUCCESS"), parse("{\"data\":{\"taskId\":\"task_4\",\"status\":\"SUCCESS\"}}"));
    assertEquals(new ParsedCallback("task_5", "QUEUED"), parse("{\"task_id\":\"task_5\",\"data\":{\"status\":\"QUEUED\"}}"));
  }

  @Test
  void anErrorObjectOrAnUnreadableBodyNamesNoTask() {
    assertEquals(ParsedCallback.EMPTY,
        parse("{\"error\":{\"message\":\"no\",\"type\":\"invalid_request_error\",\"code\":\"task_not_found\"}}"));
    assertEquals(ParsedCallback.EMPTY, parse("not json"));
    assertEquals(ParsedCallback.EMPTY, parse("[\"task_1\"]"));
    assertEquals(ParsedCallback.EMPTY, parse(""));
  }
}
