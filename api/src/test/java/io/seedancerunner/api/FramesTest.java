package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.config.ApiSettings;
import io.seedancerunner.api.support.Http;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/frames/{sha256}.jpg}: last frames for providers, and nothing else. */
@MicronautTest
class FramesTest {

  private static final String NAME = "ab".repeat(32) + ".jpg";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  ApiSettings settings;

  @Test
  void aFrameIsServedAsJpegByItsContentName() throws Exception {
    Path frames = Path.of(settings.dataDir(), "frames");
    Files.createDirectories(frames);
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3};
    Files.write(frames.resolve(NAME), jpeg);

    Http.Answer a = Http.send(client, HttpRequest.GET("/v1/frames/" + NAME));

    assertEquals(200, a.status(), a.text());
    assertEquals("image/jpeg", a.response().getContentType().orElseThrow().toString());
    assertArrayEquals(jpeg, a.body());
    assertTrue(a.response().getHeaders().get("Cache-Control").contains("immutable"));
  }

  @Test
  void otherNamesAndMissingFramesAre404() throws Exception {
    Files.createDirectories(Path.of(settings.dataDir()));
    Files.writeString(Path.of(settings.dataDir(), "secret.txt"), "not a frame");
    for (String name : new String[] {"cd".repeat(32) + ".jpg", "secret.txt", "..%2Fsecret.txt", "AB".repeat(32) + ".jpg"}) {
      Http.Answer a = Http.send(client, HttpRequest.GET("/v1/frames/" + name));
      assertEquals(404, a.status(), name + ": " + a.text());
      assertEquals("not_found", a.json().path("error").asText());
    }
  }
}
