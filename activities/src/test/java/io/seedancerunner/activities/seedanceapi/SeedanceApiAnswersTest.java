package io.seedancerunner.activities.seedanceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.workflows.model.TaskState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedanceApiAnswersTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({
      "IN_PROGRESS, RUNNING", "SUCCESS, SUCCEEDED", "FAILED, FAILED", "in_progress, RUNNING",
      "PENDING, QUEUED", "FAILURE, FAILED", "CANCELLED, CANCELLED", "MODERATING, UNKNOWN"})
  void mapsEveryStatusWord(String word, TaskState state) {
    assertEquals(state, SeedanceApiAnswers.state(word));
  }

  @Test
  void errorCodeFromEachTolerableShape() throws Exception {
    assertEquals("INVALID_PROMPT", SeedanceApiAnswers.errorCode(
        mapper.readTree("{\"code\":\"INVALID_PROMPT\",\"message\":\"The prompt is invalid or empty\",\"data\":null}")));
    assertEquals("TOO_MANY_IMAGES", SeedanceApiAnswers.errorCode(
        mapper.readTree("{\"code\":400,\"message\":\"TOO_MANY_IMAGES: Maximum 1 image URL\",\"data\":null}")));
    assertEquals("INVALID_API_KEY", SeedanceApiAnswers.errorCode(
        mapper.readTree("{\"code\":401,\"error\":{\"code\":\"INVALID_API_KEY\",\"message\":\"x\"}}")));
    assertEquals("TASK_NOT_FOUND", SeedanceApiAnswers.errorCode(
        mapper.readTree("{\"code\":\"404\",\"error\":\"TASK_NOT_FOUND\"}")));
    assertNull(SeedanceApiAnswers.errorCode(mapper.readTree("{\"code\":500,\"message\":\"Server error\"}")));
  }

  @Test
  void envelopeCodeInsideA200CountsAsTheStatus() throws Exception {
    assertEquals(402, SeedanceApiAnswers.effectiveStatus(200, mapper.readTree("{\"code\":402,\"message\":\"x\"}")));
    assertEquals(402, SeedanceApiAnswers.effectiveStatus(200, mapper.readTree("{\"code\":\"402\"}")));
    assertEquals(200, SeedanceApiAnswers.effectiveStatus(200, mapper.readTree("{\"code\":200,\"data\":{}}")));
    assertEquals(500, SeedanceApiAnswers.effectiveStatus(500, mapper.readTree("{\"code\":200}")));
    assertEquals(200, SeedanceApiAnswers.effectiveStatus(200, null));
  }
}
