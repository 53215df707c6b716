package io.seedancerunner.api.storyboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.Jobs;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/storyboards/{id}/shots/{shot}/reshoot} on the fake storyboard workflow. */
@MicronautTest
class ReshootApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  WorkflowClient workflows;

  String startReady() throws InterruptedException {
    String id = StoryboardApiTest.newId();
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/storyboards?id=" + id, StoryboardApiTest.storyboard("Reshoots [film]"))
        .contentType(StoryboardApiTest.YAML));
    assertEquals(202, a.status(), a.text());
    for (int i = 0; i < 400; i++) {
      if ("FILM_READY".equals(status(id).path("status").asText())) {
        return id;
      }
      Thread.sleep(25);
    }
    throw new AssertionError(id + " never got its film");
  }

  JsonNode status(String id) {
    return Http.send(client, HttpRequest.GET("/v1/storyboards/" + id)).json();
  }

  Http.Answer reshoot(String id, String shot, String body) {
    return Http.send(client, HttpRequest.POST("/v1/storyboards/" + id + "/shots/" + shot + "/reshoot", body)
        .contentType("application/json"));
  }

  @Test
  void aReshootIs202WithTheNewTakeAndTheChangesReachTheWorkflow() throws Exception {
    String id = startReady();
    Http.Answer a = reshoot(id, "2", "{\"prompt\":\"The lamp flickers, then sweeps\",\"durationSeconds\":5}");
    assertEquals(202, a.status(), a.text());
    assertEquals(2, a.json().path("shot").path("shot").asInt());
    assertEquals(2, a.json().path("shot").path("take").asInt());
    assertEquals("PENDING", a.json().path("shot").path("phase").asText());
    assertEquals("changes: prompt=The lamp flickers, then sweeps durationSeconds=5",
        a.json().path("shot").path("lastError").asText());
    assertEquals("http://runner.example/v1/storyboards/" + id, a.json().path("links").path("self").asText());
  }

  @Test
  void anEmptyBodyReshootsTheSameRequest() throws Exception {
    String id = startReady();
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/storyboards/" + id + "/shots/1/reshoot", ""));
    assertEquals(202, a.status(), a.text());
    assertEquals("changes: prompt=null durationSeconds=null", a.json().path("shot").path("lastError").asText());
  }

  @Test
  void badInputIs400NamingTheField() throws Exception {
    String id = startReady();
    Http.Answer unknown = reshoot(id, "2", "{\"promt\":\"typo\"}");
    assertEquals(400, unknown.status(), unknown.text());
    assertEquals(List.of("promt"), unknown.fieldNames());

    Http.Answer type = reshoot(id, "2", "{\"durationSeconds\":\"five\"}");
    assertEquals(400, type.status(), type.text());
    assertEquals(List.of("durationSeconds"), type.fieldNames());

    Http.Answer notJson = reshoot(id, "2", "{\"prompt\":");
    assertEquals(400, notJson.status(), notJson.text());
    assertEquals(List.of("body"), notJson.fieldNames());

    Http.Answer word = reshoot(id, "two", "{}");
    assertEquals(400, word.status(), word.text());
    assertEquals(List.of("shot"), word.fieldNames());

    Http.Answer range = reshoot(id, "9", "{}");
    assertEquals(400, range.status(), range.text());
    assertEquals(List.of("shot"), range.fieldNames());
    assertTrue(range.json().path("message").asText().contains("shots 1..3"), range.text());

    Http.Answer validator = reshoot(id, "2", "{\"durationSeconds\":0}");
    assertEquals(400, validator.status(), validator.text());
    assertTrue(validator.json().path("message").asText().contains("durationSeconds"), validator.text());
  }

  @Test
  void changesAreCheckedLikeANewStoryboardsShotAllAtOnceAndARefusedReshootStartsNothing() throws Exception {
    String id = startReady();
    JsonNode before = status(id);
    String longPrompt = "x".repeat(6000);
    Http.Answer a = reshoot(id, "1", "{\"prompt\":\"" + longPrompt + "\",\"durationSeconds\":99,"
        + "\"firstFrameUrl\":\"file:///etc/passwd\"}");
    assertEquals(400, a.status(), a.text());
    assertEquals(List.of("prompt", "durationSeconds", "firstFrameUrl"),
        a.fieldNames().stream().distinct().sorted(java.util.Comparator.comparing(List.of("prompt", "durationSeconds",
            "firstFrameUrl")::indexOf)).toList(), a.text());
    Http.Answer three = reshoot(id, "1", "{\"durationSeconds\":3}");
    assertEquals(400, three.status(), three.text());
    assertEquals(List.of("durationSeconds"), three.fieldNames(), three.text());
    JsonNode after = status(id);
    assertEquals("FILM_READY", after.path("status").asText(), "the film is kept");
    assertEquals(before.path("shots").get(0).path("take").asInt(), after.path("shots").get(0).path("take").asInt(),
        "no new take started");
    assertEquals(before.path("reshootsOpenUntil").asText(), after.path("reshootsOpenUntil").asText());
  }

  @Test
  void aShotStillGeneratingIs409() throws Exception {
    String id = StoryboardApiTest.newId();
    assertEquals(202, Http.send(client, HttpRequest.POST("/v1/storyboards?id=" + id, StoryboardApiTest.storyboard("Busy"))
        .contentType(StoryboardApiTest.YAML)).status());
    for (int i = 0; i < 400 && !"GENERATING".equals(status(id).path("shots").get(0).path("phase").asText()); i++) {
      Thread.sleep(25);
    }
    Http.Answer a = reshoot(id, "1", "{}");
    assertEquals(409, a.status(), a.text());
    assertEquals("reshoot_not_possible", a.json().path("error").asText());
    assertTrue(a.json().path("message").asText().contains("still generating"), a.text());
  }

  @Test
  void aClosedStoryboardTakesNoReshoot() throws Exception {
    String id = startReady();
    assertEquals(202, Http.send(client, HttpRequest.POST("/v1/storyboards/" + id + "/cancel", "")).status());
    Jobs.awaitClosed(workflows, id);
    Http.Answer a = reshoot(id, "1", "{}");
    assertEquals(409, a.status(), a.text());
    assertEquals("storyboard_closed", a.json().path("error").asText());
    Http.Answer film = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id + "/film"));
    assertEquals(200, film.status(), "the last film outlives the cancel: " + film.text());
  }
}
