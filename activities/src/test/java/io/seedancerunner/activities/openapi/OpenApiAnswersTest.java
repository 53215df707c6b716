package io.seedancerunner.activities.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.workflows.model.TaskState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenApiAnswersTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({
      "queued, QUEUED", "processing, RUNNING", "succeeded, SUCCEEDED", "failed, FAILED",
      "cancelled, CANCELLED", "Canceled, CANCELLED", "expired, EXPIRED", "PROCESSING, RUNNING",
      "warming_up, UNKNOWN", "'', UNKNOWN"})
  void mapsEveryStatusWord(String word, TaskState state) {
    assertEquals(state, OpenApiAnswers.state(word));
  }

  @Test
  void nullStatusIsUnknown() {
    assertEquals(TaskState.UNKNOWN, OpenApiAnswers.state(null));
  }

  @Test
  void readsErrorShapes() throws Exception {
    var body = mapper.readTree("{\"success\":false,\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key\"}}");
    assertTrue(OpenApiAnswers.isError(body));
    assertEquals("unauthorized", OpenApiAnswers.errorCode(body));
    assertEquals("Invalid API key", OpenApiAnswers.errorMessage(body));
    var flat = mapper.readTree("{\"error\":\"not_found\",\"message\":\"gone\"}");
    assertTrue(OpenApiAnswers.isError(flat));
    assertEquals("not_found", OpenApiAnswers.errorCode(flat));
    assertEquals("gone", OpenApiAnswers.errorMessage(flat));
  }

  @Test
  void aTaskThatFailedIsNotAnErrorAnswer() throws Exception {
    var body = mapper.readTree("{\"success\":true,\"requestId\":\"r\",\"status\":\"failed\","
        + "\"error\":{\"code\":\"generation_failed\",\"message\":\"boom\"}}");
    assertFalse(OpenApiAnswers.isError(body));
    assertEquals("generation_failed", OpenApiAnswers.errorCode(body));
  }

  @Test
  void businessFailureInA200MapsToItsDocumentedStatus() {
    assertEquals(402, OpenApiAnswers.statusOf("insufficient_credits"));
    assertEquals(429, OpenApiAnswers.statusOf("rate_limited"));
    assertEquals(500, OpenApiAnswers.statusOf("internal_error"));
    assertEquals(400, OpenApiAnswers.statusOf("something_new"));
  }
}
