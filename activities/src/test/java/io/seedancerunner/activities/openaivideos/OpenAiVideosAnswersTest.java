package io.seedancerunner.activities.openaivideos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.workflows.model.TaskState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiVideosAnswersTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode json(String s) throws Exception {
    return mapper.readTree(s);
  }

  @ParameterizedTest
  @CsvSource({
      "SUBMITTED, QUEUED", "QUEUED, QUEUED", "IN_PROGRESS, RUNNING", "SUCCESS, SUCCEEDED", "FAILURE, FAILED",
      "queued, QUEUED", "in_progress, RUNNING", "completed, SUCCEEDED", "failed, FAILED", "Cancelled, CANCELLED",
      "EXPIRED, EXPIRED", "WARMING_UP, UNKNOWN", "'', UNKNOWN"})
  void mapsEveryStatusWord(String word, TaskState state) {
    assertEquals(state, OpenAiVideosAnswers.state(word));
  }

  @Test
  void nullStatusIsUnknown() {
    assertEquals(TaskState.UNKNOWN, OpenAiVideosAnswers.state(null));
  }

  @ParameterizedTest
  @CsvSource({"'\"50%\"', 50", "'\"0%\"', 0", "'\"100%\"', 100", "'\" 7.6 % \"', 8", "42, 42", "'\"42\"', 42",
      "0.25, 25", "'\"150%\"', 100"})
  void readsProgressAsPercentStringOrNumber(String value, int percent) throws Exception {
    assertEquals(percent, OpenAiVideosAnswers.progress(json("{\"progress\":" + value + "}")));
  }

  @Test
  void unreadableProgressIsNull() throws Exception {
    assertNull(OpenAiVideosAnswers.progress(json("{\"progress\":\"half%\"}")));
    assertNull(OpenAiVideosAnswers.progress(json("{\"progress\":\"-5%\"}")));
    assertNull(OpenAiVideosAnswers.progress(json("{}")));
  }

  @Test
  void anErrorObjectWithoutATaskIsAFailedCall() throws Exception {
    JsonNode error = json("{\"error\":{\"message\":\"no\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}");
    assertTrue(OpenAiVideosAnswers.isError(error));
    assertEquals("model_not_found", OpenAiVideosAnswers.errorCode(error));
    assertEquals("invalid_request_error", OpenAiVideosAnswers.errorType(error));
    assertEquals("no", OpenAiVideosAnswers.errorMessage(error));
    assertTrue(OpenAiVideosAnswers.isError(json("{\"error\":\"busy\"}")));
    assertEquals("busy", OpenAiVideosAnswers.errorCode(json("{\"error\":\"busy\"}")));
  }

  @Test
  void aTaskThatCarriesAnErrorIsNotAFailedCall() throws Exception {
    assertFalse(OpenAiVideosAnswers.isError(json("{\"task_id\":\"task_1\",\"status\":\"FAILURE\",\"error\":{\"code\":\"x\"}}")));
    assertFalse(OpenAiVideosAnswers.isError(json("{\"id\":\"task_1\",\"status\":\"QUEUED\",\"error\":null}")));
    assertFalse(OpenAiVideosAnswers.isError(json("{\"task_id\":\"t\"}")));
    assertFalse(OpenAiVideosAnswers.isError(null));
  }

  @Test
  void taskIdIsTaskIdThenIdAndADataWrapperIsTolerated() throws Exception {
    assertEquals("a", OpenAiVideosAnswers.taskId(json("{\"task_id\":\"a\",\"id\":\"b\"}")));
    assertEquals("b", OpenAiVideosAnswers.taskId(json("{\"id\":\"b\"}")));
    assertEquals("c", OpenAiVideosAnswers.taskId(OpenAiVideosAnswers.task(json("{\"data\":{\"task_id\":\"c\"}}"))));
  }

  @ParameterizedTest
  @CsvSource({
      "invalid_request, invalid_request_error, 400, false", "model_not_found, invalid_request_error, 404, false",
      "insufficient_quota, insufficient_quota, 402, false", "task_not_found, , 404, false",
      "invalid_api_key, , 401, false", "rate_limit_exceeded, rate_limit_error, 429, true",
      "internal_error, server_error, 500, true", "service_busy, , 503, true", "upstream_timeout, , 503, true",
      "something_new, server_error, 500, true", "something_new, rate_limit_error, 429, true",
      "something_new, invalid_request_error, 400, false", ", , 400, false"})
  void businessFailureCodesStandForAStatusAndTransientOnesStayRetryable(
      String code, String type, int status, boolean retryable) {
    assertEquals(status, OpenAiVideosAnswers.statusOf(code, type));
    assertEquals(retryable, ProviderErrors.isRetryable(status, code));
  }
}
