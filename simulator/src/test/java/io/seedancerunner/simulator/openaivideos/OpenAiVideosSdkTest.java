package io.seedancerunner.simulator.openaivideos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonObject;
import com.openai.core.JsonValue;
import com.openai.core.http.HttpResponse;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.videos.Video;
import com.openai.models.videos.VideoCreateParams;
import com.openai.models.videos.VideoDownloadContentParams;
import com.openai.models.videos.VideoSeconds;
import io.seedancerunner.simulator.support.Sim;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The simulator's openai-videos dialect driven by the official OpenAI Java SDK
 * ({@code com.openai:openai-java}): {@code videos().create}, {@code retrieve} until done,
 * {@code downloadContent} (whole and with a Range header).
 *
 * <p>Where seed 002 differs from the SDK's types the simulator follows the seed and the test reads
 * the raw JSON through the SDK's raw accessors: status words are {@code QUEUED}/
 * {@code IN_PROGRESS}/{@code SUCCESS} (the SDK knows {@code queued}/{@code in_progress}/
 * {@code completed}: read with {@code status().asString()}), the status answer's {@code progress}
 * is a string such as {@code "50%"} (the SDK types a number: read with {@code _progress().asString()}),
 * {@code result_url} and {@code task_id} are extra fields ({@code _additionalProperties()}), and a
 * business failure is an HTTP 200 with {@code error} (no exception: the SDK's own {@code error()}
 * field reads its code and message; the receipt fields are missing).
 * The SDK sends the create call as a multipart form; the gateway-specific {@code metadata} travels
 * as {@code metadata[...]} parts through {@code putAdditionalBodyProperty}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiVideosSdkTest {

  private Sim sim;
  private OpenAIClient client;

  @BeforeAll
  void start() {
    sim = Sim.start();
    client = client(OpenAiVideosFlowTest.KEY);
  }

  private OpenAIClient client(String key) {
    return OpenAIOkHttpClient.builder()
        .apiKey(key)
        .baseUrl(sim.base() + OpenAiVideosFlowTest.V1)
        .maxRetries(0)
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  @AfterAll
  void stop() {
    client.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private static VideoCreateParams params(String model, String prompt) {
    return VideoCreateParams.builder()
        .model(model)
        .prompt(prompt)
        .seconds(VideoSeconds._4)
        .putAdditionalBodyProperty("metadata", JsonValue.from(Map.of("resolution", "480p", "ratio", "1:1",
            "return_last_frame", true)))
        .build();
  }

  @Test
  void createRetrieveUntilDoneAndDownload() throws Exception {
    sim.faults("{\"generationSeconds\":1}");
    Video created = client.videos().create(params("seedance-2.0", "a paper boat on a pond"));
    assertTrue(created.id().startsWith("task_"), created.id());
    assertEquals("QUEUED", created.status().asString());
    assertEquals(0L, created.progress(), "the receipt's progress is an integer");
    assertEquals("seedance-2.0", created.model().asString());
    assertEquals(JsonValue.from("video"), created._object_());
    assertEquals(JsonValue.from(created.id()), created._additionalProperties().get("task_id"));

    Set<String> seen = new LinkedHashSet<>();
    Video done = Sim.await("SUCCESS", Duration.ofSeconds(20), () -> {
      Video v = client.videos().retrieve(created.id());
      seen.add(v.status().asString());
      assertTrue(v._progress().asString().orElseThrow().endsWith("%"), "progress is a percentage string");
      return v;
    }, v -> v.status().asString().equals("SUCCESS") || v.status().asString().equals("FAILURE"));
    assertEquals("SUCCESS", done.status().asString(), seen.toString());
    assertEquals("100%", done._progress().asString().orElseThrow());
    assertEquals(VideoSeconds._4, done.seconds());
    assertEquals(JsonValue.from("/v1/videos/" + created.id() + "/content"), done._additionalProperties().get("result_url"));
    assertEquals(JsonValue.from("/v1/videos/" + created.id() + "/last_frame"),
        done._additionalProperties().get("last_frame_url"));
    assertEquals("480p", member(done._additionalProperties().get("metadata"), "resolution"),
        "metadata[resolution] arrived through the multipart form");

    byte[] whole;
    try (HttpResponse file = client.videos().downloadContent(created.id())) {
      assertEquals(200, file.statusCode());
      whole = file.body().readAllBytes();
    }
    assertEquals("ftyp", new String(whole, 4, 4), "an MP4 file");
    VideoDownloadContentParams range = VideoDownloadContentParams.builder()
        .videoId(created.id()).putAdditionalHeader("Range", "bytes=8-15").build();
    try (HttpResponse part = client.videos().downloadContent(range); InputStream in = part.body()) {
      assertEquals(206, part.statusCode());
      assertEquals("bytes 8-15/" + whole.length, part.headers().values("Content-Range").get(0));
      assertArrayEquals(Arrays.copyOfRange(whole, 8, 16), in.readAllBytes());
    }
  }

  /** @return the text of one member of a raw JSON object */
  private static String member(JsonValue object, String name) {
    return ((JsonObject) object).values().get(name).asStringOrThrow();
  }

  @Test
  void aBusinessFailureIsA200WithAnErrorObject() {
    Video refused = client.videos().create(params("sora-2", "not this model"));
    // The SDK's Video has an error field of its own; it reads the seed's error object.
    assertEquals("model_not_found", refused.error().orElseThrow().code());
    assertEquals("invalid_request_error", refused.error().orElseThrow().type().orElseThrow());
    assertTrue(refused.error().orElseThrow().message().contains("sora-2"));
    assertTrue(refused._id().isMissing(), "no receipt fields beside the error");
    assertFalse(refused._status().asKnown().isPresent());
  }

  @Test
  void authAndRateLimitAreHttpErrorsTheSdkRaises() {
    OpenAIClient wrong = client("sk-wrong");
    try {
      UnauthorizedException e = assertThrows(UnauthorizedException.class,
          () -> wrong.videos().create(params("seedance-2.0", "x")));
      assertEquals("invalid_api_key", e.code().orElseThrow());
    } finally {
      wrong.close();
    }
    sim.faults("{\"dialect\":\"openai-videos\",\"rateLimited\":1,\"retryAfterSeconds\":4}");
    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> client.videos().create(params("seedance-2.0", "x")));
    assertEquals("4", limited.headers().values("Retry-After").get(0));
    assertEquals(0, sim.stats().at("/dialects/openai-videos/submitsAccepted").asInt());
  }
}
