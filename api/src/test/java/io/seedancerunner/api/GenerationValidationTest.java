package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.StartCounter;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed requests to {@code POST /v1/generations}: each answers a 4xx JSON error whose
 * {@code fields} name the offending field, never a 5xx, and no workflow start reaches Temporal.
 */
@MicronautTest
class GenerationValidationTest {

  private static final String SEEDANCEAPI = "\"provider\":\"sim-seedanceapi\",";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  StartCounter starts;

  static Stream<Arguments> badRequests() {
    return Stream.of(
        bad("missing prompt", "{}", 400, "prompt"),
        bad("blank prompt", "{\"prompt\":\"   \"}", 400, "prompt"),
        bad("prompt not a string", "{\"prompt\":42}", 400, "prompt"),
        bad("duration 3", "{\"prompt\":\"p\",\"durationSeconds\":3}", 400, "durationSeconds"),
        bad("duration 16", "{\"prompt\":\"p\",\"durationSeconds\":16}", 400, "durationSeconds"),
        bad("duration abc", "{\"prompt\":\"p\",\"durationSeconds\":\"abc\"}", 400, "durationSeconds"),
        bad("duration 2.5", "{\"prompt\":\"p\",\"durationSeconds\":2.5}", 400, "durationSeconds"),
        bad("duration boolean", "{\"prompt\":\"p\",\"durationSeconds\":true}", 400, "durationSeconds"),
        bad("duration 4 on seedance-1.5-pro", "{\"prompt\":\"p\",\"model\":\"seedance-1.5-pro\",\"durationSeconds\":4}",
            400, "durationSeconds"),
        bad("duration 5 on seedanceapi", "{" + SEEDANCEAPI + "\"prompt\":\"p\",\"durationSeconds\":5}", 400,
            "durationSeconds"),
        bad("unknown model", "{\"prompt\":\"p\",\"model\":\"seedance-9\"}", 400, "model"),
        bad("9:21 on open-api", "{\"prompt\":\"p\",\"aspectRatio\":\"9:21\"}", 400, "aspectRatio"),
        bad("4:3 on open-api", "{\"prompt\":\"p\",\"aspectRatio\":\"4:3\"}", 400, "aspectRatio"),
        bad("prompt of 2001 chars on seedanceapi", "{" + SEEDANCEAPI + "\"prompt\":\"" + "a".repeat(2001) + "\"}",
            400, "prompt"),
        bad("1080p on seedanceapi", "{" + SEEDANCEAPI + "\"prompt\":\"p\",\"resolution\":\"1080p\"}", 400,
            "resolution"),
        bad("4k on open-api", "{\"prompt\":\"p\",\"resolution\":\"4k\"}", 400, "resolution"),
        bad("two images on seedanceapi", "{" + SEEDANCEAPI + "\"prompt\":\"p\",\"referenceImageUrls\":"
            + "[\"https://img.example/a.png\",\"https://img.example/b.png\"]}", 400, "referenceImageUrls"),
        bad("lastFrameUrl on open-api", "{\"prompt\":\"p\",\"lastFrameUrl\":\"https://img.example/z.png\"}", 400,
            "lastFrameUrl"),
        bad("generateAudio on open-api", "{\"prompt\":\"p\",\"generateAudio\":true}", 400, "generateAudio"),
        bad("fixedLens on open-api", "{\"prompt\":\"p\",\"fixedLens\":true}", 400, "fixedLens"),
        bad("video continuation on open-api", "{\"prompt\":\"p\",\"referenceVideoUrls\":[\"https://v.example/a.mp4\"]}",
            400, "referenceVideoUrls"),
        bad("driving audio on seedanceapi", "{" + SEEDANCEAPI + "\"prompt\":\"p\",\"referenceAudioUrls\":"
            + "[\"https://a.example/a.mp3\"]}", 400, "referenceAudioUrls"),
        bad("seed on open-api", "{\"prompt\":\"p\",\"seed\":42}", 400, "seed"),
        bad("seed not a number", "{\"prompt\":\"p\",\"seed\":\"lucky\"}", 400, "seed"),
        bad("serviceTier on seedanceapi", "{" + SEEDANCEAPI + "\"prompt\":\"p\",\"serviceTier\":\"flex\"}", 400,
            "serviceTier"),
        bad("contentFilter on open-api", "{\"prompt\":\"p\",\"contentFilter\":false}", 400, "contentFilter"),
        bad("returnLastFrame as a string", "{\"prompt\":\"p\",\"returnLastFrame\":\"yes\"}", 400, "returnLastFrame"),
        bad("firstFrameUrl not a URL", "{\"prompt\":\"p\",\"firstFrameUrl\":\"not a url\"}", 400, "firstFrameUrl"),
        bad("firstFrameUrl ftp", "{\"prompt\":\"p\",\"firstFrameUrl\":\"ftp://img.example/a.png\"}", 400,
            "firstFrameUrl"),
        bad("referenceImageUrls not an array",
            "{\"prompt\":\"p\",\"referenceImageUrls\":\"https://img.example/a.png\"}", 400, "referenceImageUrls"),
        bad("referenceImageUrls with a number", "{\"prompt\":\"p\",\"referenceImageUrls\":[1]}", 400,
            "referenceImageUrls"),
        bad("unknown field duration", "{\"prompt\":\"p\",\"duration\":8}", 400, "duration"),
        bad("unknown provider", "{\"prompt\":\"p\",\"provider\":\"nobody\"}", 400, "provider"),
        bad("provider not a string", "{\"prompt\":\"p\",\"provider\":7}", 400, "provider"),
        bad("provider of an unimplemented dialect", "{\"prompt\":\"p\",\"provider\":\"future-dialect\"}", 400,
            "provider"),
        bad("generateAudio as a string", "{" + SEEDANCEAPI + "\"prompt\":\"p\",\"generateAudio\":\"true\"}", 400,
            "generateAudio"),
        bad("fixedLens as a number", "{" + SEEDANCEAPI + "\"prompt\":\"p\",\"fixedLens\":1}", 400, "fixedLens"),
        bad("non-JSON body", "{prompt: p", 400, "body"),
        bad("empty body", "", 400, "body"),
        bad("JSON array body", "[{\"prompt\":\"p\"}]", 400, "body"),
        bad("JSON string body", "\"a cat\"", 400, "body"),
        bad("JSON null body", "null", 400, "body"),
        bad("trailing content", "{\"prompt\":\"p\"} {}", 400, "body"),
        bad("duplicate key", "{\"prompt\":\"p\",\"prompt\":\"q\"}", 400, "body"),
        bad("huge body (2 MiB)", "{\"prompt\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}", 413, "body"));
  }

  private static Arguments bad(String name, String body, int status, String field) {
    return Arguments.of(name, body, status, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void badRequestNamesTheFieldAndStartsNothing(String name, String body, int status, String field) {
    assertRejected(HttpRequest.POST("/v1/generations", body).contentType(MediaType.APPLICATION_JSON_TYPE),
        status, field);
  }

  @Test
  void wrongContentTypeNamesTheBody() {
    assertRejected(HttpRequest.POST("/v1/generations", "{\"prompt\":\"p\"}").contentType(MediaType.TEXT_PLAIN_TYPE),
        415, "body");
  }

  @Test
  void bodyOverTheServerLimitIsJson413() {
    // 11 MiB: past Micronaut's own max-request-size (10 MiB), which answers before the controller.
    assertRejected(HttpRequest.POST("/v1/generations", "{\"prompt\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}")
        .contentType(MediaType.APPLICATION_JSON_TYPE), 413, "body");
  }

  @Test
  void overlongIdempotencyKeyIsNamedWithTheBodyErrors() {
    Http.Answer a = assertRejected(HttpRequest.POST("/v1/generations", "{\"durationSeconds\":3}")
        .header("Idempotency-Key", "k".repeat(256)), 400, "Idempotency-Key");
    assertEquals(List.of("prompt", "durationSeconds", "Idempotency-Key"), a.fieldNames());
  }

  @Test
  void severalBadFieldsAreAllListed() {
    String body = "{\"durationSeconds\":3,\"resolution\":\"8k\",\"aspectRatio\":\"9:21\",\"generateAudio\":true,"
        + "\"duration\":5,\"firstFrameUrl\":\"nope\"}";
    Http.Answer a = assertRejected(HttpRequest.POST("/v1/generations", body), 400, "prompt");
    assertEquals(List.of("prompt", "durationSeconds", "resolution", "aspectRatio", "generateAudio", "firstFrameUrl",
        "duration"), a.fieldNames());
    assertEquals("invalid_request", a.json().path("error").asText());
    assertTrue(a.json().path("fields").get(1).path("allowed").toString().contains("\"15\""), a.text());
    assertTrue(a.json().path("fields").get(3).path("allowed").toString().contains("\"9:16\""), a.text());
    assertTrue(a.json().path("fields").get(6).path("message").asText().contains("durationSeconds"),
        "the unknown field suggests the right name: " + a.text());
  }

  @Test
  void badProviderStillListsAMissingPrompt() {
    Http.Answer a = assertRejected(HttpRequest.POST("/v1/generations", "{\"provider\":7,\"fixedLens\":\"no\"}"),
        400, "provider");
    assertEquals(List.of("provider", "prompt", "fixedLens"), a.fieldNames());
  }

  @Test
  void typeErrorListsTheCatalogueValues() {
    Http.Answer a = assertRejected(HttpRequest.POST("/v1/generations",
        "{" + SEEDANCEAPI + "\"prompt\":\"p\",\"durationSeconds\":\"abc\"}"), 400, "durationSeconds");
    assertEquals("[\"4\",\"8\",\"12\"]", a.json().path("fields").get(0).path("allowed").toString());
  }

  @Test
  void unknownProviderListsTheAccounts() {
    Http.Answer a = assertRejected(HttpRequest.POST("/v1/generations", "{\"prompt\":\"p\",\"provider\":\"x\"}"),
        400, "provider");
    assertEquals("[\"future-dialect\",\"open-unsigned\",\"sim-open-api\",\"sim-seedanceapi\"]",
        a.json().path("fields").get(0).path("allowed").toString());
  }

  private Http.Answer assertRejected(MutableHttpRequest<?> request, int status, String field) {
    int before = starts.starts();
    Http.Answer a = Http.send(client, request);
    assertEquals(status, a.status(), a.text());
    assertTrue(a.header("Content-Type").startsWith("application/json"), a.header("Content-Type"));
    assertTrue(a.fieldNames().contains(field), "fields " + a.fieldNames() + " should name " + field + ": " + a.text());
    assertEquals(before, starts.starts(), "no workflow start may reach Temporal");
    return a;
  }

  @Test
  void a400ListsThePolicyFieldsEvenWhenARequestFieldIsAlsoWrong() {
    Http.Answer a = Http.send(client, io.micronaut.http.HttpRequest.POST("/v1/generations",
        "{\"prompt\":\"\",\"maxAttempts\":11,\"fallbacks\":[{\"provider\":\"nobody\"}]}")
        .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE));
    assertEquals(400, a.status(), a.text());
    for (String field : java.util.List.of("prompt", "maxAttempts", "fallbacks[0].provider")) {
      assertTrue(a.fieldNames().contains(field), field + " missing in " + a.text());
    }
  }
}
