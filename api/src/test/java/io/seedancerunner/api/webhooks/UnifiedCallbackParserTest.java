package io.seedancerunner.api.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnifiedCallbackParserTest {

  private static ParsedCallback parse(String body) {
    return CallbackParsers.forDialect("unified").parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void isRegisteredForItsDialect() {
    assertInstanceOf(UnifiedCallbackParser.class, CallbackParsers.forDialect("unified"));
  }

  @Test
  void readsTheTaskQueryFormat() {
    assertEquals(new ParsedCallback("task-unified-1756817821-4x3rx6ny", "completed"), parse(
        "{\"id\":\"task-unified-1756817821-4x3rx6ny\",\"object\":\"video.generation.task\",\"created\":1756817821,"
            + "\"model\":\"seedance-2.0-text-to-video\",\"status\":\"completed\",\"progress\":100,"
            + "\"results\":[\"https://cdn.example/v.mp4\"],\"type\":\"video\","
            + "\"task_info\":{\"can_cancel\":false,\"estimated_time\":0,\"video_duration\":5},"
            + "\"usage\":{\"billing_rule\":\"per_second\",\"credits_reserved\":100,\"user_group\":\"default\"}}"));
    assertEquals(new ParsedCallback("task-unified-2-b", "failed"), parse("{\"id\":\"task-unified-2-b\",\"status\":\"failed\","
        + "\"error\":{\"code\":\"generation_failed\",\"message\":\"m\"}}"));
    assertEquals(new ParsedCallback("task-unified-3-c", "cancelled"),
        parse("{\"id\":\"task-unified-3-c\",\"status\":\"cancelled\"}"));
  }

  @Test
  void toleratesOtherSpellingsAndAWrapper() {
    assertEquals(new ParsedCallback("t3", "SUCCESS"), parse("{\"data\":{\"task_id\":\"t3\",\"status\":\"SUCCESS\"}}"));
    assertEquals(new ParsedCallback("t4", null), parse("{\"taskId\":\"t4\"}"));
  }

  @Test
  void unreadableBodiesYieldNothing() {
    assertEquals(ParsedCallback.EMPTY, parse("<xml/>"));
    assertEquals(ParsedCallback.EMPTY, parse("\"task-unified-1\""));
    assertEquals(ParsedCallback.EMPTY, parse(""));
  }
}
