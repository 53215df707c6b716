package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.StartCounter;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/estimates}: the generations body in, the provider's price out, per dialect;
 * bad input answers the generations' 400; nothing ever starts.
 */
@MicronautTest
@Property(name = "seedance.providers.sim-unified.dialect", value = "unified")
@Property(name = "seedance.providers.sim-ark.dialect", value = "ark")
class EstimateTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  StartCounter starts;

  private Http.Answer post(String body) {
    return Http.send(client, HttpRequest.POST("/v1/estimates", body).contentType(MediaType.APPLICATION_JSON_TYPE));
  }

  private JsonNode ok(String body) {
    int before = starts.starts();
    Http.Answer a = post(body);
    assertEquals(200, a.status(), a.text());
    assertEquals(before, starts.starts(), "an estimate starts nothing");
    return a.json();
  }

  @Test
  void defaultProviderWithDefaultsFilledIn() {
    JsonNode e = ok("{\"prompt\":\"a lighthouse\"}");
    assertEquals("sim-open-api", e.path("provider").asText());
    assertEquals("seedance-2.0", e.path("model").asText());
    assertEquals(80, e.path("amount").asDouble(), "8 s × 0.1 USD/s at 720p = 80 cents");
    assertEquals("credits", e.path("unit").asText());
    assertEquals(0.8, e.path("usd").asDouble());
    assertEquals("8 s × 0.1 USD/s (720p) = 80 credits of 0.01 USD", e.path("basis").asText());
  }

  @Test
  void seedanceApiCountsAudio() {
    JsonNode e = ok("{\"provider\":\"sim-seedanceapi\",\"prompt\":\"p\",\"durationSeconds\":12,\"resolution\":\"720p\","
        + "\"generateAudio\":true}");
    assertEquals(84, e.path("amount").asDouble());
    assertEquals(0.42, e.path("usd").asDouble(), 1e-9);
  }

  @Test
  void unifiedContentFilterOffAndNoUsdRate() {
    JsonNode e = ok("{\"provider\":\"sim-unified\",\"prompt\":\"p\",\"durationSeconds\":8,\"contentFilter\":false}");
    assertEquals(176, e.path("amount").asDouble());
    assertTrue(e.path("usd").isNull(), e.toString());
    assertEquals("8 s × 20 credits/s (720p) × 1.1 content filter off", e.path("basis").asText());
  }

  @Test
  void arkCountsTokensWithTheReferenceVideo() {
    JsonNode e = ok("{\"provider\":\"sim-ark\",\"prompt\":\"p\",\"durationSeconds\":5,\"resolution\":\"480p\","
        + "\"referenceVideoUrls\":[\"https://v.example/a.mp4\"]}");
    assertEquals("tokens", e.path("unit").asText());
    assertEquals((15 + 5) * 10_044, e.path("amount").asDouble());
  }

  @Test
  void badInputIsTheGenerations400() {
    int before = starts.starts();
    Http.Answer a = post("{\"durationSeconds\":3,\"aspectRatio\":\"9:21\"}");
    assertEquals(400, a.status(), a.text());
    assertEquals("invalid_request", a.json().path("error").asText());
    assertEquals(List.of("prompt", "durationSeconds", "aspectRatio"), a.fieldNames());
    assertEquals(400, post("[1]").status());
    assertEquals(before, starts.starts());
  }

  @Test
  void estimatesApplyThePolicyChecksAndListEveryFieldAtOnce() {
    Http.Answer a = post("{\"prompt\":\"a lake\",\"durationSeconds\":99,\"maxAttempts\":0,"
        + "\"fallbacks\":[{\"provider\":\"nobody\"}],\"tenant\":\"bad tenant\"}");
    assertEquals(400, a.status(), a.text());
    for (String field : java.util.List.of("durationSeconds", "maxAttempts", "fallbacks[0].provider", "tenant")) {
      assertTrue(a.fieldNames().contains(field), field + " missing in " + a.text());
    }
  }
}
