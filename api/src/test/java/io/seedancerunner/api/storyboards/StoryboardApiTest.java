package io.seedancerunner.api.storyboards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.Jobs;
import io.seedancerunner.api.support.StartCounter;
import io.seedancerunner.api.support.TestVideo;
import io.seedancerunner.workflows.storyboard.StoryboardInput;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Create, status, cancel and the film of storyboards, on the fake storyboard workflow. */
@MicronautTest
public class StoryboardApiTest {

  static final String YAML = "application/yaml";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  WorkflowClient workflows;

  @Inject
  StartCounter starts;

  /** @return a 3-shot storyboard in YAML: cut, continue, cut */
  public static String storyboard(String title) {
    return """
        title: "%s"
        defaults:
          provider: sim-open-api
          durationSeconds: 4
        shots:
          - prompt: A lighthouse at dusk, slow push in
          - prompt: The lamp turns on and sweeps the sea
            continuity: continue
          - prompt: A fishing boat comes home through the fog
            continuity: cut
        """.formatted(title);
  }

  static String newId() {
    return "sb-test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  Http.Answer post(String id, String body, String type) {
    MutableHttpRequest<String> request = HttpRequest.POST("/v1/storyboards" + (id == null ? "" : "?id=" + id), body);
    return Http.send(client, type == null ? request : request.contentType(type));
  }

  JsonNode get(String id) {
    Http.Answer a = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id));
    assertEquals(200, a.status(), a.text());
    return a.json();
  }

  JsonNode awaitStatus(String id, String status) throws InterruptedException {
    JsonNode s = null;
    for (int i = 0; i < 400; i++) {
      s = get(id);
      if (status.equals(s.path("status").asText())) {
        return s;
      }
      Thread.sleep(25);
    }
    throw new AssertionError(id + " never reached " + status + "; last " + s);
  }

  @Test
  void aYamlStoryboardStartsAndShowsEveryShotWithTheGeneratingOnesLiveState() throws Exception {
    String id = newId();
    Http.Answer a = post(id, storyboard("Lighthouse"), YAML);
    assertEquals(202, a.status(), a.text());
    assertEquals(id, a.json().path("storyboardId").asText());
    assertEquals(3, a.json().path("shots").asInt());
    assertEquals("http://runner.example/v1/storyboards/" + id, a.json().path("links").path("self").asText());
    assertEquals("http://runner.example/v1/storyboards/" + id, a.header("Location"));

    JsonNode s = awaitShotLive(id);
    assertEquals("GENERATING", s.path("status").asText());
    assertEquals("RUNNING", s.path("workflowState").asText());
    assertEquals("Lighthouse", s.path("title").asText());
    assertEquals(3, s.path("shotsTotal").asInt());
    JsonNode shot1 = s.path("shots").get(0);
    assertEquals(id + "/shot-1", shot1.path("jobId").asText());
    assertEquals("GENERATING", shot1.path("phase").asText());
    assertEquals("WAITING", shot1.path("generation").path("status").asText(), "the child's own phase");
    assertEquals("PENDING", s.path("shots").get(1).path("phase").asText());
    assertEquals("CONTINUE", s.path("shots").get(1).path("continuity").asText());
    assertEquals("The lamp turns on and sweeps the sea", s.path("shots").get(1).path("prompt").asText());
    assertEquals(4, s.path("shots").get(1).path("durationSeconds").asInt(), "the default, filled in");
    assertTrue(s.path("film").isNull() || s.path("film").isMissingNode(), s.toString());

    Http.Answer film = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id + "/film"));
    assertEquals(409, film.status(), film.text());
    assertEquals("not_finished", film.json().path("error").asText());
  }

  @Test
  void theWorkflowGetsTheNormalisedStoryboardAndTheReshootWindow() throws Exception {
    String id = newId();
    assertEquals(202, post(id, storyboard("Window [film]"), YAML).status());
    StoryboardInput input = workflows.fetchHistory(id).getEvents().get(0).getWorkflowExecutionStartedEventAttributes()
        .getInput().getPayloadsList().stream()
        .map(p -> io.temporal.common.converter.DefaultDataConverter.newDefaultInstance().fromPayload(p, StoryboardInput.class, StoryboardInput.class))
        .findFirst().orElseThrow();
    assertEquals(id, input.storyboardId());
    assertEquals(86400, input.reshootWindowSeconds(), "seedance.storyboards.reshoot-window defaults to 24 h");
    assertEquals(3, input.storyboard().shots().size());
    assertEquals(4, input.storyboard().defaults().durationSeconds());
    assertEquals("default", input.tenant(), "shots are paid by seedance.api.default-tenant");
  }

  @Test
  void aStoryboardItsTenantCannotPayForIsRefusedWith402AndNothingStarts() {
    String tenant = "poor-" + UUID.randomUUID().toString().substring(0, 8);
    // A tenant nobody configured has 0 USD; three 4 s open-api shots are estimated above that.
    String id = newId();
    Http.Answer a = post(id + "&tenant=" + tenant, storyboard("Too dear"), YAML);
    assertEquals(402, a.status(), a.text());
    assertEquals("budget_exceeded", a.json().path("error").asText(), a.text());
    assertTrue(a.json().path("message").asText().contains("the 3 shots are estimated at"), a.text());
    assertTrue(a.json().path("message").asText().contains(tenant), a.text());
    assertEquals(404, Http.send(client, HttpRequest.GET("/v1/storyboards/" + id)).status(), "no workflow started");

    Http.Answer topUp = Http.send(client, HttpRequest.POST("/v1/tenants/" + tenant + "/budget/top-up", "{\"usd\":100}")
        .contentType("application/json"));
    assertEquals(200, topUp.status(), topUp.text());
    assertEquals(202, post(id + "&tenant=" + tenant, storyboard("Too dear"), YAML).status(), "fits after a top-up");
  }

  @Test
  void aBadTenantIsA400NamingTheField() {
    Http.Answer a = post(newId() + "&tenant=no%20spaces", storyboard("Bad tenant"), YAML);
    assertEquals(400, a.status(), a.text());
    assertTrue(a.text().contains("\"tenant\""), a.text());
  }

  @Test
  void jsonWorksTooAndAnApiChosenIdIsReturned() {
    String json = "{\"title\":\"JSON board\",\"shots\":[{\"prompt\":\"A red kite over a beach\"}]}";
    Http.Answer a = post(null, json, "application/json");
    assertEquals(202, a.status(), a.text());
    assertTrue(a.json().path("storyboardId").asText().startsWith("sb-"), a.text());
    assertEquals(1, a.json().path("shots").asInt());
  }

  @Test
  void aBadStoryboardIs400NamingTheFieldAndStartsNothing() {
    int before = starts.starts();
    String bad = storyboard("Bad").replace("continuity: continue", "continuity: sideways");
    Http.Answer a = post(newId(), bad, YAML);
    assertEquals(400, a.status(), a.text());
    assertEquals("invalid_request", a.json().path("error").asText());
    assertTrue(a.fieldNames().contains("shots[1].continuity"), a.text());

    Http.Answer notYaml = post(newId(), "title: [unclosed", YAML);
    assertEquals(400, notYaml.status(), notYaml.text());
    assertEquals(List.of("body"), notYaml.fieldNames());

    Http.Answer badId = post("no/slashes", storyboard("Id"), YAML);
    assertEquals(400, badId.status(), badId.text());
    assertEquals(List.of("id"), badId.fieldNames());
    assertEquals(before, starts.starts());
  }

  @Test
  void theSameStoryboardAgainIs200AndAnotherOneUnderARunningIdIs409() {
    String id = newId();
    assertEquals(202, post(id, storyboard("Twice"), YAML).status());
    int before = starts.starts();
    Http.Answer same = post(id, storyboard("Twice"), YAML);
    assertEquals(200, same.status(), same.text());
    Http.Answer other = post(id, storyboard("Another"), YAML);
    assertEquals(409, other.status(), other.text());
    assertEquals("storyboard_running", other.json().path("error").asText());
    assertEquals(before, starts.starts(), "neither started a workflow");
  }

  @Test
  void unknownStoryboardIs404Everywhere() {
    for (MutableHttpRequest<?> r : List.<MutableHttpRequest<?>>of(HttpRequest.GET("/v1/storyboards/sb-nope"),
        HttpRequest.GET("/v1/storyboards/sb-nope/film"), HttpRequest.GET("/v1/storyboards/sb-nope/contact-sheet"),
        HttpRequest.POST("/v1/storyboards/sb-nope/cancel", ""),
        HttpRequest.POST("/v1/storyboards/sb-nope/shots/1/reshoot", ""),
        HttpRequest.GET("/v1/storyboards/not%20an%20id"))) {
      Http.Answer a = Http.send(client, r);
      assertEquals(404, a.status(), r.getPath() + " " + a.text());
      assertEquals("not_found", a.json().path("error").asText());
    }
  }

  @Test
  void aReadyFilmAndContactSheetAreServed() throws Exception {
    String id = newId();
    assertEquals(202, post(id, storyboard("Ready [film]"), YAML).status());
    JsonNode s = awaitStatus(id, "FILM_READY");
    assertEquals(3, s.path("shotsDone").asInt());
    assertEquals(0.75, s.path("cost").asDouble(), 1e-9);
    assertEquals(TestVideo.PATH.toAbsolutePath().toString(), s.path("film").path("path").asText());
    assertEquals(TestVideo.SHEET.toAbsolutePath().toString(), s.path("contactSheet").path("path").asText());
    assertEquals(TestVideo.PATH.toAbsolutePath().toString(), s.path("shots").get(2).path("file").asText());
    assertTrue(s.path("reshootsOpenUntil").asText().startsWith("2030-"), s.toString());

    Http.Answer film = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id + "/film"));
    assertEquals(200, film.status(), film.text());
    assertEquals("video/mp4", film.header("Content-Type"));
    assertArrayEquals(TestVideo.bytes(), film.body());
    Http.Answer part = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id + "/film").header("Range", "bytes=10-19"));
    assertEquals(206, part.status());
    assertArrayEquals(Arrays.copyOfRange(TestVideo.bytes(), 10, 20), part.body());

    Http.Answer sheet = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id + "/contact-sheet"));
    assertEquals(200, sheet.status(), sheet.text());
    assertEquals("image/jpeg", sheet.header("Content-Type"));
    assertArrayEquals(TestVideo.SHEET_BYTES, sheet.body());
  }

  @Test
  void cancelIs202ThenCancelledAndTheSecondIs409() throws Exception {
    String id = newId();
    assertEquals(202, post(id, storyboard("To cancel"), YAML).status());
    awaitShotLive(id);
    Http.Answer cancel = Http.send(client, HttpRequest.POST("/v1/storyboards/" + id + "/cancel", ""));
    assertEquals(202, cancel.status(), cancel.text());
    assertEquals("CANCEL_REQUESTED", cancel.json().path("status").asText());
    assertEquals(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED, Jobs.awaitClosed(workflows, id));
    JsonNode s = get(id);
    assertEquals("CANCELLED", s.path("status").asText());
    assertEquals("cancelled", s.path("failure").path("summary").asText());
    Http.Answer again = Http.send(client, HttpRequest.POST("/v1/storyboards/" + id + "/cancel", ""));
    assertEquals(409, again.status(), again.text());
    assertEquals("already_finished", again.json().path("error").asText());
    Http.Answer film = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id + "/film"));
    assertEquals(409, film.status(), film.text());
    assertEquals("no_film", film.json().path("error").asText());
  }

  @Test
  void aFailedStoryboardShowsWhyAndHasNoFilm() throws Exception {
    String id = newId();
    assertEquals(202, post(id, storyboard("Doomed [fail]"), YAML).status());
    Jobs.awaitClosed(workflows, id);
    JsonNode s = get(id);
    assertEquals("FAILED", s.path("status").asText());
    assertEquals("StoryboardFailed", s.path("failure").path("type").asText());
    assertTrue(s.path("failure").path("summary").asText().contains("shot 2 failed"), s.toString());
    Http.Answer film = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id + "/film"));
    assertEquals(409, film.status());
    assertTrue(film.json().path("message").asText().contains("shot 2 failed"), film.text());
  }

  /** Waits until shot 1's child answers its own status query. */
  JsonNode awaitShotLive(String id) throws InterruptedException {
    JsonNode s = null;
    for (int i = 0; i < 400; i++) {
      s = get(id);
      if (!s.path("shots").get(0).path("generation").isMissingNode() && !s.path("shots").get(0).path("generation").isNull()) {
        return s;
      }
      Thread.sleep(25);
    }
    throw new AssertionError(id + ": shot 1 never showed live state; last " + s);
  }
}
