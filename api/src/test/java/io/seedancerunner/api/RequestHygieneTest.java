package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every 4xx names what is wrong: JSON bodies must be application/json in UTF-8, bad parameters
 * are named, a too-long URI is 414, adopt-task on an unknown job is 404 before its body is read.
 */
@MicronautTest
class RequestHygieneTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  io.micronaut.runtime.server.EmbeddedServer server;

  private Http.Answer post(String path, byte[] body, String contentType) {
    if (contentType == null) {
      return withoutContentType(path, body);
    }
    MutableHttpRequest<byte[]> r = HttpRequest.POST(path, body);
    if (contentType != null) {
      r.contentType(contentType);
    }
    return Http.send(client, r);
  }

  /** The Micronaut client always adds a content type to a body; the JDK's does not. */
  private Http.Answer withoutContentType(String path, byte[] body) {
    try {
      java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
              .header("Authorization", "Bearer " + io.seedancerunner.api.support.TestCredentials.OPERATOR)
              .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      return new Http.Answer(r.statusCode(), r.body(), null);
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aJsonBodyMustSayApplicationJsonAndBeUtf8() {
    byte[] ok = "{\"prompt\":\"a lake\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (String path : List.of("/v1/generations", "/v1/estimates")) {
      for (String type : new String[] {null, "json", "text/plain", "application/json; charset=latin1"}) {
        Http.Answer a = post(path, ok, type);
        assertTrue(a.status() == 415 || a.status() == 400, path + " " + type + ": " + a.text());
        assertEquals(List.of("body"), a.fieldNames(), path + " " + type + ": " + a.text());
      }
      byte[] latin1 = {'{', '"', 'p', 'r', 'o', 'm', 'p', 't', '"', ':', '"', (byte) 0xe9, '"', '}'};
      Http.Answer bad = post(path, latin1, "application/json");
      assertEquals(400, bad.status(), bad.text());
      assertEquals(List.of("body"), bad.fieldNames(), bad.text());
    }
  }

  @Test
  void adoptTaskNamesItsFieldAndAnUnknownJobIs404First() {
    Http.Answer unknown = post("/v1/generations/gen-nobody/adopt-task", "{\"providerTaskId\":5}".getBytes(),
        "application/json");
    assertEquals(404, unknown.status(), unknown.text());
    String job = Http.send(client, HttpRequest.POST("/v1/generations", "{\"prompt\":\"waits for adoption\"}"))
        .json().path("jobId").asText();
    Http.Answer number = post("/v1/generations/" + job + "/adopt-task", "{\"providerTaskId\":5}".getBytes(),
        "application/json");
    assertEquals(400, number.status(), number.text());
    assertEquals(List.of("providerTaskId"), number.fieldNames(), number.text());
  }

  @Test
  void aTooLongUriIs414() {
    Http.Answer a = Http.send(client, HttpRequest.GET("/v1/generations/" + "x".repeat(5000)));
    assertEquals(414, a.status(), a.text());
    assertEquals(List.of("uri"), a.fieldNames(), a.text());
  }
}
