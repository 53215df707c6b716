package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With Temporal unreachable: health is 503, and a valid start is 503 JSON rather than a 500. */
@MicronautTest(environments = "temporal-down")
class TemporalDownTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void healthIs503() {
    Http.Answer h = Http.send(client, HttpRequest.GET("/health"));
    assertEquals(503, h.status(), h.text());
    assertEquals("DOWN", h.json().path("status").asText());
    assertEquals("DOWN", h.json().path("temporal").path("status").asText());
    assertFalse(h.json().path("temporal").path("error").asText().isEmpty());
  }

  @Test
  void startIs503TemporalUnavailable() {
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/generations", "{\"prompt\":\"p\"}"));
    assertEquals(503, a.status(), a.text());
    assertEquals("temporal_unavailable", a.json().path("error").asText());
  }

  @Test
  void badInputIsStill400WithoutTemporal() {
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/generations", "{}"));
    assertEquals(400, a.status(), a.text());
    assertEquals("prompt", a.json().path("fields").get(0).path("field").asText());
  }
}
