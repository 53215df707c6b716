package io.seedancerunner.activities.ark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.workflows.model.TaskState;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArkAnswersTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode json(String s) throws Exception {
    return mapper.readTree(s);
  }

  @ParameterizedTest
  @CsvSource({
      "queued, QUEUED", "running, RUNNING", "succeeded, SUCCEEDED", "failed, FAILED", "cancelled, CANCELLED",
      "expired, EXPIRED", "Canceled, CANCELLED", " RUNNING , RUNNING", "paused, UNKNOWN"})
  void mapsEveryStatusWord(String word, TaskState state) {
    assertEquals(state, ArkAnswers.state(word));
  }

  @Test
  void aMissingStatusIsUnknown() {
    assertEquals(TaskState.UNKNOWN, ArkAnswers.state(null));
  }

  @Test
  void aFailedTaskIsNotAnErrorAnswer() throws Exception {
    assertTrue(ArkAnswers.isError(json("{\"error\":{\"code\":\"InvalidParameter\",\"message\":\"x\"}}")));
    assertFalse(ArkAnswers.isError(json("{\"id\":\"cgt-1\",\"status\":\"failed\",\"error\":{\"code\":\"X\"}}")));
    assertFalse(ArkAnswers.isError(json("{\"id\":\"cgt-1\",\"error\":null}")));
    assertFalse(ArkAnswers.isError(null));
  }

  @Test
  void errorCodeAndMessageFromEachTolerableShape() throws Exception {
    JsonNode standard = json("{\"error\":{\"code\":\"ModelNotOpen\",\"message\":\"m\",\"param\":\"model\",\"type\":\"NotFound\"}}");
    assertEquals("ModelNotOpen", ArkAnswers.errorCode(standard));
    assertEquals("m", ArkAnswers.errorMessage(standard));
    assertEquals("AuthenticationError", ArkAnswers.errorCode(json("{\"error\":\"AuthenticationError\"}")));
    assertEquals("X", ArkAnswers.errorCode(json("{\"code\":\"X\",\"message\":\"top\"}")));
    assertEquals("top", ArkAnswers.errorMessage(json("{\"code\":\"X\",\"message\":\"top\"}")));
    assertNull(ArkAnswers.errorCode(json("{}")));
  }

  @ParameterizedTest
  @CsvSource({
      "InvalidParameter, 400", "MissingParameter, 400", "AuthenticationError, 401", "AccountOverdueError, 403",
      "ModelNotOpen, 404", "InvalidEndpointOrModel.NotFound, 404", "ResourceNotFound, 404",
      "RateLimitExceeded.EndpointRPMExceeded, 429", "QuotaExceeded, 429", "AccountRateLimitExceeded, 429",
      "ServerOverloaded, 503", "InternalServiceError, 500", "SomethingNew, 400"})
  void errorCodesStandForTheirStatus(String code, int status) {
    assertEquals(status, ArkAnswers.statusOf(code));
  }

  @Test
  void resultFieldsAndTokens() throws Exception {
    JsonNode t = json("{\"content\":{\"video_url\":\"https://tos/v.mp4?sig\",\"last_frame_url\":\"https://tos/f.png\"},"
        + "\"usage\":{\"completion_tokens\":\"108900\"}}");
    assertEquals("https://tos/v.mp4?sig", ArkAnswers.videoUrl(t));
    assertEquals("https://tos/f.png", ArkAnswers.lastFrameUrl(t));
    assertEquals(108900.0, ArkAnswers.tokens(t), "completion_tokens when total_tokens is missing");
    assertEquals(5.0, ArkAnswers.tokens(json("{\"usage\":{\"completion_tokens\":4,\"total_tokens\":5}}")));
    assertNull(ArkAnswers.tokens(json("{}")));
    assertNull(ArkAnswers.videoUrl(json("{\"content\":\"x\"}")));
  }

  @Test
  void createdAtInSecondsMillisecondsOrIso() throws Exception {
    assertEquals(Instant.ofEpochSecond(1743414619), ArkAnswers.createdAt(json("{\"created_at\":1743414619}")));
    assertEquals(Instant.ofEpochSecond(1743414619), ArkAnswers.createdAt(json("{\"created_at\":\"1743414619\"}")));
    assertEquals(Instant.ofEpochMilli(1743414619123L), ArkAnswers.createdAt(json("{\"created_at\":1743414619123}")));
    assertEquals(Instant.parse("2025-03-31T09:50:19Z"), ArkAnswers.createdAt(json("{\"created_at\":\"2025-03-31T09:50:19Z\"}")));
    assertNull(ArkAnswers.createdAt(json("{\"created_at\":\"yesterday\"}")));
    assertNull(ArkAnswers.createdAt(json("{}")));
  }

  @Test
  void thePromptWhereTheAnswerCarriesOne() throws Exception {
    assertEquals("a fox", ArkAnswers.prompt(json("{\"request_content\":[{\"type\":\"image_url\"},{\"type\":\"text\",\"text\":\"a fox\"}],"
        + "\"content\":{\"video_url\":\"x\"}}")));
    assertEquals("", ArkAnswers.prompt(json("{\"request_content\":[{\"type\":\"image_url\"}]}")), "media alone: empty prompt");
    assertEquals("echo", ArkAnswers.prompt(json("{\"content\":[{\"type\":\"text\",\"text\":\"echo\"}]}")));
    assertEquals("p", ArkAnswers.prompt(json("{\"prompt\":\"p\",\"content\":{\"video_url\":\"x\"}}")));
    assertNull(ArkAnswers.prompt(json("{\"content\":{\"video_url\":\"x\"}}")), "the real task object has no prompt");
  }
}
