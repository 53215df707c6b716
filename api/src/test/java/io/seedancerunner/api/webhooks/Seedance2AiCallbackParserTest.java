package io.seedancerunner.api.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Seedance2AiCallbackParserTest {

  private static ParsedCallback parse(String body) {
    return CallbackParsers.forDialect("seedance2ai").parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void isRegisteredForItsDialect() {
    assertInstanceOf(Seedance2AiCallbackParser.class, CallbackParsers.forDialect("seedance2ai"));
  }

  @Test
  void readsTheTaskShapeOfTheStatusEndpoint() {
    assertEquals(new ParsedCallback("sd2_abc", "completed"), parse("{\"id\":\"sd2_abc\",\"status\":\"completed\","
        + "\"model\":\"seedance2\",\"credits_used\":30,\"credits_refunded\":0,"
        + "\"output\":{\"video_url\":\"https://x/v.mp4\",\"last_frame_url\":\"https://x/f.png\",\"seed\":123},\"error\":null}"));
    assertEquals(new ParsedCallback("sd2_f", "failed"),
        parse("{\"id\":\"sd2_f\",\"status\":\"failed\",\"error\":{\"code\":\"generation_failed\",\"message\":\"m\"}}"));
  }

  @Test
  void toleratesOtherSpellingsAndAWrapper() {
    assertEquals(new ParsedCallback("sd2_2", "processing"), parse("{\"task_id\":\"sd2_2\",\"status\":\"processing\"}"));
    assertEquals(new ParsedCallback("sd2_3", "completed"), parse("{\"data\":{\"id\":\"sd2_3\",\"status\":\"completed\"}}"));
    assertEquals(new ParsedCallback("12", null), parse("{\"id\":12}"));
  }

  @Test
  void unreadableBodiesYieldNothing() {
    assertEquals(ParsedCallback.EMPTY, parse("not json"));
    assertEquals(ParsedCallback.EMPTY, parse("[\"sd2_1\"]"));
    assertEquals(ParsedCallback.EMPTY, parse(""));
  }
}
