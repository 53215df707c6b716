package io.seedancerunner.api.studio;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.storyboards.StoryboardApiTest;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.TestCredentials;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The studio's pages on the fake storyboard workflow: sign-in by cookie, 401 without it, tenants
 * kept apart, a viewer without controls (and refused), and a reshoot through the page.
 */
@MicronautTest
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class StudioTest {


  @Inject
  @Client("/")
  HttpClient client;

  /** Starts a storyboard for the key's tenant and waits for its film. */
  String start(String key, String title) {
    String id = "sb-studio-" + UUID.randomUUID().toString().substring(0, 8);
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/storyboards?id=" + id, StoryboardApiTest.storyboard(title + " [film]"))
        .contentType("application/yaml").bearerAuth(key));
    assertEquals(202, a.status(), a.text());
    await().atMost(Duration.ofSeconds(20)).until(() -> Http.send(client, HttpRequest.GET("/v1/storyboards/" + id)
        .bearerAuth(key)).json().path("status").asText().equals("FILM_READY"));
    return id;
  }

  /** A request signed in through the studio's cookie only (no Authorization header). */
  static <T> MutableHttpRequest<T> signedIn(MutableHttpRequest<T> request, String key) {
    return request.header(TestCredentials.ANONYMOUS, "1").header("Cookie", StudioCookie.NAME + "=" + key);
  }

  Http.Answer page(String path, String key) {
    return Http.send(client, signedIn(HttpRequest.GET(path), key));
  }

  Http.Answer form(String path, String body, String key) {
    return Http.send(client, signedIn(HttpRequest.POST(path, body), key)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
  }

  @Test
  void withoutSignInTheStudioIs401AndSendsTheBrowserToTheSignInPage() {
    Http.Answer list = Http.send(client, HttpRequest.GET("/studio").header(TestCredentials.ANONYMOUS, "1"));
    assertEquals(401, list.status(), list.text());
    assertEquals("0; url=/studio/sign-in", list.header("Refresh"));
    assertTrue(list.text().contains("/studio/sign-in"), list.text());
    assertEquals(401, page("/studio", "not-a-key").status(), "an unknown key in the cookie");
    Http.Answer signIn = Http.send(client, HttpRequest.GET("/studio/sign-in").header(TestCredentials.ANONYMOUS, "1"));
    assertEquals(200, signIn.status(), signIn.text());
    assertTrue(signIn.text().contains("name=\"key\""), signIn.text());
    Http.Answer htmx = Http.send(client, HttpRequest.GET("/studio/static/htmx.min.js").header(TestCredentials.ANONYMOUS, "1"));
    assertEquals(200, htmx.status());
    assertTrue(htmx.text().contains("htmx"), "the vendored htmx");
  }

  @Test
  void signingInSetsAnHttpOnlyStrictCookieThatOnlyTheStudioReads() {
    Http.Answer a = Http.send(client, HttpRequest.POST("/studio/sign-in", "key=" + TestCredentials.SUBMITTER_A)
        .header(TestCredentials.ANONYMOUS, "1").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    assertEquals(303, a.status(), a.text());
    assertEquals("/studio", a.header("Location"));
    String cookie = a.header("Set-Cookie");
    assertTrue(cookie.startsWith(StudioCookie.NAME + "=" + TestCredentials.SUBMITTER_A), cookie);
    assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertTrue(cookie.contains("Path=/studio"), cookie);
    assertEquals(200, page("/studio", TestCredentials.SUBMITTER_A).status());
    assertEquals(401, page("/v1/tenants/tenant-a/budget", TestCredentials.SUBMITTER_A).status(),
        "the API takes no cookie");
  }

  @Test
  void aTenantSeesOnlyItsStoryboardsAndAnOperatorFiltersByTenant() {
    String mine = start(TestCredentials.SUBMITTER_A, "Tenant A film");
    String theirs = start(TestCredentials.SUBMITTER_B, "Tenant B film");
    Http.Answer list = page("/studio", TestCredentials.SUBMITTER_A);
    assertEquals(200, list.status(), list.text());
    assertTrue(list.text().contains(mine), list.text());
    assertTrue(list.text().contains("Tenant A film"));
    assertTrue(list.text().contains("3 / 3"), "shots done / total");
    assertFalse(list.text().contains(theirs), "another tenant's storyboard is not listed");
    assertTrue(list.text().contains("balance"), "the tenant's budget in the header");
    assertEquals(404, page("/studio/storyboards/" + theirs, TestCredentials.SUBMITTER_A).status());
    assertEquals(404, page("/studio/storyboards/" + theirs + "/film", TestCredentials.SUBMITTER_A).status());

    Http.Answer all = page("/studio", TestCredentials.OPERATOR);
    assertTrue(all.text().contains(mine) && all.text().contains(theirs), "an operator sees every tenant's");
    Http.Answer filtered = page("/studio?tenant=tenant-b", TestCredentials.OPERATOR);
    assertTrue(filtered.text().contains(theirs) && !filtered.text().contains(mine), "the tenant filter");
  }

  @Test
  void theStoryboardPageShowsFilmShotsAndControls() {
    String id = start(TestCredentials.SUBMITTER_A, "Page");
    Http.Answer p = page("/studio/storyboards/" + id, TestCredentials.SUBMITTER_A);
    assertEquals(200, p.status(), p.text());
    assertTrue(p.text().contains("/studio/storyboards/" + id + "/film"), "the film player");
    assertTrue(p.text().contains("id=\"shot-3\""), "a card per shot");
    assertTrue(p.text().contains("Reshoot this shot"), "a submitter gets the reshoot control");
    Http.Answer film = Http.send(client, signedIn(HttpRequest.GET("/studio/storyboards/" + id + "/film"),
        TestCredentials.SUBMITTER_A).header("Range", "bytes=0-9"));
    assertEquals(206, film.status(), "the film is Range-served");
  }

  @Test
  void aViewerHasNoControlsAndIsRefusedByPageAndApi() {
    String id = start(TestCredentials.SUBMITTER_A, "Viewer");
    Http.Answer p = page("/studio/storyboards/" + id, TestCredentials.VIEWER_A);
    assertEquals(200, p.status(), p.text());
    assertFalse(p.text().contains("Reshoot this shot"), p.text());
    assertFalse(p.text().contains("Cancel storyboard"), p.text());
    assertEquals(403, form("/studio/storyboards/" + id + "/shots/2/reshoot", "prompt=x", TestCredentials.VIEWER_A).status());
    assertEquals(403, form("/studio/storyboards/" + id + "/cancel", "", TestCredentials.VIEWER_A).status());
    Http.Answer api = Http.send(client, HttpRequest.POST("/v1/storyboards/" + id + "/shots/2/reshoot", "{}")
        .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(TestCredentials.VIEWER_A));
    assertEquals(403, api.status(), api.text());
    Http.Answer cancel = Http.send(client, HttpRequest.POST("/v1/storyboards/" + id + "/cancel", "")
        .bearerAuth(TestCredentials.VIEWER_A));
    assertEquals(403, cancel.status(), cancel.text());
  }

  @Test
  void aReshootShowsItsEstimateAndContinueShotsThenGoesThroughTheApi() {
    String id = start(TestCredentials.SUBMITTER_A, "Reshoot");
    Http.Answer preview = form("/studio/storyboards/" + id + "/shots/1/reshoot-preview",
        "prompt=A+lighthouse+at+night&durationSeconds=", TestCredentials.SUBMITTER_A);
    assertEquals(200, preview.status(), preview.text());
    assertTrue(preview.text().contains("<dd id=\"redone\">1, 2</dd>"), "shot 2 continues from shot 1: " + preview.text());
    assertTrue(preview.text().matches("(?s).*<dd id=\"estimate\">[0-9]+\\.[0-9]{2}.* USD</dd>.*"), preview.text());

    Http.Answer bad = form("/studio/storyboards/" + id + "/shots/1/reshoot-preview", "durationSeconds=five",
        TestCredentials.SUBMITTER_A);
    assertEquals(400, bad.status(), bad.text());
    assertTrue(bad.text().contains("durationSeconds"), bad.text());

    Http.Answer done = form("/studio/storyboards/" + id + "/shots/1/reshoot", "prompt=A+lighthouse+at+night",
        TestCredentials.SUBMITTER_A);
    assertEquals(303, done.status(), done.text());
    assertEquals("/studio/storyboards/" + id, done.header("Location"));
    var shot = Http.send(client, HttpRequest.GET("/v1/storyboards/" + id)).json().path("shots").get(0);
    assertEquals(2, shot.path("take").asInt(), shot.toString());
    assertEquals("changes: prompt=A lighthouse at night durationSeconds=null", shot.path("lastError").asText());
  }
}
