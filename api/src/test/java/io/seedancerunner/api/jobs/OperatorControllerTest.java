package io.seedancerunner.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The operator's Updates for a job in UNKNOWN_SUBMIT, through the API, on the fake workflow. */
@MicronautTest
class OperatorControllerTest {

  @Inject
  @Client("/")
  HttpClient client;

  private String start(String prompt) {
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/generations", "{\"prompt\":\"" + prompt + "\"}"));
    assertEquals(202, a.status(), a.text());
    return a.json().path("jobId").asText();
  }

  private void awaitStatus(String jobId, String status) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      Http.Answer a = Http.send(client, HttpRequest.GET("/v1/generations/" + jobId));
      if (status.equals(a.json().path("status").asText())) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError(jobId + " never reached " + status);
  }

  @Test
  void adoptTaskMovesAnUnknownSubmitOnAndIsThenRefused() throws Exception {
    String jobId = start("lost answer [unknown]");
    awaitStatus(jobId, "UNKNOWN_SUBMIT");

    Http.Answer blank = Http.send(client, HttpRequest.POST("/v1/generations/" + jobId + "/adopt-task",
        "{\"providerTaskId\":\"  \"}"));
    assertEquals(400, blank.status(), blank.text());
    assertTrue(blank.json().path("message").asText().contains("providerTaskId"), blank.text());

    Http.Answer adopt = Http.send(client, HttpRequest.POST("/v1/generations/" + jobId + "/adopt-task",
        "{\"providerTaskId\":\"task-by-hand\"}"));
    assertEquals(200, adopt.status(), adopt.text());
    assertEquals("WAITING", adopt.json().path("status").asText());
    assertEquals("task-by-hand", adopt.json().path("providerTaskId").asText());

    Http.Answer again = Http.send(client, HttpRequest.POST("/v1/generations/" + jobId + "/resubmit", ""));
    assertEquals(409, again.status(), again.text());
    assertEquals("not_unknown_submit", again.json().path("error").asText());
    assertTrue(again.json().path("message").asText().contains("WAITING"), again.text());
  }

  @Test
  void resubmitIsRefusedForAJobThatIsNotInUnknownSubmitAndUnknownJobsAre404() {
    String jobId = start("an ordinary job");
    Http.Answer refused = Http.send(client, HttpRequest.POST("/v1/generations/" + jobId + "/resubmit", ""));
    assertEquals(409, refused.status(), refused.text());
    Http.Answer missing = Http.send(client, HttpRequest.POST("/v1/generations/gen-nope/resubmit", ""));
    assertEquals(404, missing.status(), missing.text());
  }

  @Test
  void resubmitMovesAnUnknownSubmitOn() throws Exception {
    String jobId = start("lost again [unknown]");
    awaitStatus(jobId, "UNKNOWN_SUBMIT");
    Http.Answer ok = Http.send(client, HttpRequest.POST("/v1/generations/" + jobId + "/resubmit", ""));
    assertEquals(200, ok.status(), ok.text());
    assertEquals("WAITING", ok.json().path("status").asText());
  }
}
