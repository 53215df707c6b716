package io.seedancerunner.simulator.openaivideos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.HookInbox;
import io.seedancerunner.simulator.support.Sim;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * openai-videos (seed 002): receipt, status words and "50%" progress, aliases, every input mode,
 * the content endpoint with Range, the last frame image, callbacks, multipart forms and the
 * slowSubmits fault.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiVideosFlowTest {

  static final String KEY = OpenAiVideosSettings.DEFAULT_API_KEY;
  static final String V1 = "/sim/openai-videos/v1";

  private Sim sim;
  private HookInbox inbox;

  @BeforeAll
  void start() {
    sim = Sim.start();
    inbox = sim.context().getBean(HookInbox.class);
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private JsonNode submit(String path, String body) {
    HttpResponse<String> r = sim.post(V1 + path, body, KEY);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = Sim.json(r);
    assertNull(j.get("error"), r.body());
    return j;
  }

  private JsonNode status(String id) {
    HttpResponse<String> r = sim.get(V1 + "/videos/" + id, KEY);
    assertEquals(200, r.statusCode(), r.body());
    assertNull(Sim.json(r).get("error"), r.body());
    return Sim.json(r);
  }

  private JsonNode until(String id, String word) {
    return Sim.await(word, Duration.ofSeconds(20), () -> status(id), s -> s.get("status").asText().equals(word));
  }

  @Test
  void textToVideoReceiptThenQueuedInProgressSuccess() {
    sim.faults("{\"generationSeconds\":2}");
    long before = Instant.now().getEpochSecond();
    JsonNode receipt = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"a red kite\",\"duration\":4,"
        + "\"metadata\":{\"resolution\":\"480p\",\"ratio\":\"16:9\"}}");
    String id = receipt.get("task_id").asText();
    assertTrue(id.startsWith("task_"), id);
    assertEquals(id, receipt.get("id").asText(), "id repeats task_id for the OpenAI SDK");
    assertEquals("video", receipt.get("object").asText());
    assertEquals("seedance-2.0", receipt.get("model").asText());
    assertEquals("QUEUED", receipt.get("status").asText());
    assertTrue(receipt.get("progress").isInt(), "the receipt's progress is an integer");
    assertEquals(0, receipt.get("progress").asInt());
    assertTrue(receipt.get("created_at").isIntegralNumber());
    assertTrue(receipt.get("created_at").asLong() >= before && receipt.get("created_at").asLong() <= before + 5);

    Set<String> seen = new LinkedHashSet<>();
    JsonNode done = Sim.await("SUCCESS", Duration.ofSeconds(20), () -> {
      JsonNode s = status(id);
      seen.add(s.get("status").asText());
      assertTrue(Pattern.matches("\\d{1,3}%", s.get("progress").asText()), s.toString());
      return s;
    }, s -> s.get("status").asText().equals("SUCCESS"));
    assertEquals(List.of("QUEUED", "IN_PROGRESS", "SUCCESS"), List.copyOf(seen));
    assertEquals("100%", done.get("progress").asText());
    assertEquals("/v1/videos/" + id + "/content", done.get("result_url").asText());
    assertNull(done.get("fail_reason"));
    assertNull(done.get("last_frame_url"), "not asked for");
    assertEquals("4", done.get("seconds").asText());
    assertEquals("a red kite", done.get("prompt").asText());
    assertEquals("480p", done.get("metadata").get("resolution").asText());
  }

  @Test
  void aliasesAnswerLikeTheMainRoutes() {
    sim.faults("{\"generationSeconds\":0.3}");
    JsonNode receipt = submit("/video/generations", "{\"model\":\"seedance-2.0-fast\",\"prompt\":\"alias\","
        + "\"seconds\":\"4\",\"metadata\":{\"resolution\":\"480p\"}}");
    String id = receipt.get("task_id").asText();
    JsonNode done = Sim.await("SUCCESS", Duration.ofSeconds(20),
        () -> Sim.json(sim.get(V1 + "/video/generations/" + id, KEY)), s -> s.get("status").asText().equals("SUCCESS"));
    assertEquals("seedance-2.0-fast", done.get("model").asText());
    assertEquals(done, status(id));
    assertEquals(1, sim.stats().at("/dialects/openai-videos/submitsAttempted").asInt(), "the alias counts as a submit");
    assertTrue(sim.stats().at("/dialects/openai-videos/statusCalls").asInt() >= 2, "alias status calls are counted");
  }

  @Test
  void aTaskBehindAnotherQueuedOneIsSubmitted() {
    sim.faults("{\"generationSeconds\":30}");
    String body = "{\"model\":\"seedance-2.0\",\"prompt\":\"line\",\"duration\":4,\"metadata\":{\"resolution\":\"480p\"}}";
    JsonNode first = submit("/videos", body);
    JsonNode second = submit("/videos", body);
    assertEquals("QUEUED", first.get("status").asText());
    assertEquals("SUBMITTED", second.get("status").asText());
    assertEquals("SUBMITTED", status(second.get("task_id").asText()).get("status").asText());
    assertEquals("QUEUED", status(first.get("task_id").asText()).get("status").asText());
    assertEquals("0%", status(second.get("task_id").asText()).get("progress").asText());
  }

  @Test
  void everyInputModeIsEchoedWithItsRole() {
    sim.faults("{\"generationSeconds\":0.3}");
    String id = submit("/videos", "{\"model\":\"seedance-2.0\",\"image\":\"https://img.example/first.png\","
        + "\"images\":[\"https://img.example/ref1.png\",\"iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB\"],"
        + "\"metadata\":{\"resolution\":\"480p\",\"content\":["
        + "{\"type\":\"text\",\"text\":\"the prompt from content\"},"
        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://img.example/last.png\"},\"role\":\"last_frame\"},"
        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\"},\"role\":\"reference_image\"},"
        + "{\"type\":\"video_url\",\"video_url\":{\"url\":\"https://vid.example/source.mp4\"}},"
        + "{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"https://aud.example/voice.mp3\"}}]}}").get("task_id").asText();
    JsonNode s = status(id);
    assertEquals("the prompt from content", s.get("prompt").asText(), "a text item stands for a missing prompt");
    JsonNode content = s.get("metadata").get("content");
    assertEquals(7, content.size(), content.toString());
    assertItem(content.get(0), "image_url", "first_frame", "https://img.example/first.png");
    assertItem(content.get(1), "image_url", "reference_image", "https://img.example/ref1.png");
    assertItem(content.get(2), "image_url", "reference_image", "base64,...");
    assertItem(content.get(3), "image_url", "last_frame", "https://img.example/last.png");
    assertItem(content.get(4), "image_url", "reference_image", "data:image/png;base64,...");
    assertItem(content.get(5), "video_url", null, "https://vid.example/source.mp4");
    assertItem(content.get(6), "audio_url", null, "https://aud.example/voice.mp3");
    until(id, "SUCCESS");
  }

  @Test
  void audioAloneIsAVisualInputAndTheSettingsAreEchoed() {
    sim.faults("{\"generationSeconds\":0.3}");
    String id = submit("/videos", "{\"model\":\"seedance-2.0\",\"duration\":-1,\"metadata\":{\"resolution\":\"480p\","
        + "\"ratio\":\"adaptive\",\"seed\":\"42\",\"watermark\":true,\"generate_audio\":true,\"service_tier\":\"priority\","
        + "\"execution_expires_after\":172800,\"camera_fixed\":true,\"frames\":121,"
        + "\"content\":[{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"https://aud.example/song.mp3\"}}]}}")
        .get("task_id").asText();
    JsonNode meta = until(id, "SUCCESS").get("metadata");
    assertEquals("adaptive", meta.get("ratio").asText());
    assertEquals(5, meta.get("duration").asInt(), "-1: the simulator picks 5 s");
    assertEquals(42, meta.get("seed").asLong());
    assertTrue(meta.get("watermark").asBoolean());
    assertTrue(meta.get("generate_audio").asBoolean());
    assertEquals("priority", meta.get("service_tier").asText());
    assertEquals(172800, meta.get("execution_expires_after").asInt());
    assertNull(meta.get("camera_fixed"), "accepted, not effective, not echoed");
    assertEquals("audio_url", meta.get("content").get(0).get("type").asText());
  }

  @Test
  void durationPrecedenceIsTopLevelThenSecondsThenMetadata() {
    sim.faults("{\"generationSeconds\":30}");
    String a = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"p\",\"duration\":6,\"seconds\":\"7\","
        + "\"metadata\":{\"duration\":10}}").get("task_id").asText();
    String b = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"p\",\"seconds\":\"7\","
        + "\"metadata\":{\"duration\":10}}").get("task_id").asText();
    String c = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"p\",\"metadata\":{\"duration\":10}}")
        .get("task_id").asText();
    String d = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"p\"}").get("task_id").asText();
    assertEquals("6", status(a).get("seconds").asText());
    assertEquals("7", status(b).get("seconds").asText());
    assertEquals("10", status(c).get("seconds").asText());
    assertEquals("5", status(d).get("seconds").asText(), "default 5 s");
    assertEquals("720p", status(d).get("metadata").get("resolution").asText());
    assertEquals("16:9", status(d).get("metadata").get("ratio").asText());
  }

  @Test
  void contentServesTheMp4WithRangeAndCountsTheDownload() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    String id = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"file\",\"duration\":4,"
        + "\"metadata\":{\"resolution\":\"480p\"}}").get("task_id").asText();
    until(id, "SUCCESS");
    sim.faults("{\"generationSeconds\":30}");
    String running = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"slow\"}").get("task_id").asText();
    HttpResponse<byte[]> whole = bytes(id, null, KEY);
    assertEquals(200, whole.statusCode());
    assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElse(""));
    assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
    assertEquals("ftyp", new String(whole.body(), 4, 4), "an MP4 file");
    int size = whole.body().length;

    HttpResponse<byte[]> part = bytes(id, "bytes=100-199", KEY);
    assertEquals(206, part.statusCode());
    assertEquals("bytes 100-199/" + size, part.headers().firstValue("Content-Range").orElse(""));
    assertArrayEquals(Arrays.copyOfRange(whole.body(), 100, 200), part.body());
    JsonNode files = sim.stats().get("files");
    JsonNode last = files.get(files.size() - 1);
    assertEquals(id, last.get("taskId").asText());
    assertEquals("bytes=100-199", last.get("range").asText());
    assertEquals(206, last.get("status").asInt());
    assertEquals(100, last.get("bytesSent").asInt());

    assertEquals(416, bytes(id, "bytes=" + size + "-", KEY).statusCode());
    assertEquals(401, bytes(id, null, "sk-wrong").statusCode());
    HttpResponse<String> notYet = sim.get(V1 + "/videos/" + running + "/content", KEY);
    assertEquals(404, notYet.statusCode());
    assertEquals("task_not_found", Sim.json(notYet).at("/error/code").asText());
    assertEquals(404, sim.get(V1 + "/videos/task_nope/content", KEY).statusCode());
  }

  private HttpResponse<byte[]> bytes(String id, String range, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.base() + V1 + "/videos/" + id + "/content"))
        .header("Authorization", "Bearer " + key).GET();
    if (range != null) {
      b.header("Range", range);
    }
    return sim.http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void returnLastFrameGivesAPngOfTheVideosSize() throws Exception {
    sim.faults("{\"generationSeconds\":0.3}");
    String id = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"frame\",\"duration\":4,"
        + "\"metadata\":{\"resolution\":\"480p\",\"ratio\":\"9:16\",\"return_last_frame\":true}}").get("task_id").asText();
    JsonNode done = until(id, "SUCCESS");
    assertEquals("/v1/videos/" + id + "/last_frame", done.get("last_frame_url").asText());
    HttpResponse<byte[]> png = sim.http().send(HttpRequest.newBuilder(URI.create(sim.base() + V1 + "/videos/" + id + "/last_frame"))
        .header("Authorization", "Bearer " + KEY).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertEquals(496, image.getWidth(), "480p 9:16");
    assertEquals(864, image.getHeight());
    assertEquals(401, sim.get(V1 + "/videos/" + id + "/last_frame", null).statusCode());
  }

  @Test
  void noLastFrameUnlessAskedFor() {
    sim.faults("{\"generationSeconds\":0.3}");
    String id = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"x\",\"duration\":4,"
        + "\"metadata\":{\"resolution\":\"480p\"}}").get("task_id").asText();
    until(id, "SUCCESS");
    assertEquals(404, sim.get(V1 + "/videos/" + id + "/last_frame", KEY).statusCode());
  }

  @Test
  void callbackGetsTheTaskDetailOnSuccess() {
    sim.faults("{\"generationSeconds\":0.3}");
    String id = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"hook\",\"duration\":4,"
        + "\"metadata\":{\"resolution\":\"480p\",\"callback_url\":\"" + sim.base() + "/test-hooks/ov-ok\"}}")
        .get("task_id").asText();
    HookInbox.Received hook = Sim.await("callback", Duration.ofSeconds(20), () -> inbox.named("ov-ok"), l -> !l.isEmpty()).get(0);
    assertNull(hook.signature(), "unsigned");
    JsonNode body = Sim.json(hook.body());
    assertEquals(id, body.get("task_id").asText());
    assertEquals("SUCCESS", body.get("status").asText());
    assertEquals("/v1/videos/" + id + "/content", body.get("result_url").asText());
    assertEquals(status(id), body, "the callback carries the status answer");
    assertNull(body.at("/metadata/callback_url").textValue(), "the callback URL is not echoed");
    assertEquals(1, sim.stats().at("/dialects/openai-videos/webhooksSent").asInt());
  }

  @Test
  void failedTasksReadFailureWithAReasonAndAreRefunded() {
    long before = sim.stats().at("/credits/openai-videos").asLong();
    sim.faults("{\"generationSeconds\":0.3}");
    String id = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"x [sim:fail]\",\"duration\":8,"
        + "\"metadata\":{\"callback_url\":\"" + sim.base() + "/test-hooks/ov-fail\"}}").get("task_id").asText();
    assertEquals(before - 8, sim.stats().at("/credits/openai-videos").asLong(), "1 credit per second");
    JsonNode failed = until(id, "FAILURE");
    assertEquals("The request was rejected by content moderation", failed.get("fail_reason").asText());
    assertNull(failed.get("result_url"));
    assertNull(failed.get("error"), "a failed task is not a failed call");
    JsonNode hook = Sim.json(Sim.await("callback", Duration.ofSeconds(10), () -> inbox.named("ov-fail"),
        l -> !l.isEmpty()).get(0).body());
    assertEquals("FAILURE", hook.get("status").asText());
    Sim.await("refund", Duration.ofSeconds(5), () -> sim.stats().at("/credits/openai-videos").asLong(), c -> c == before);

    sim.faults("{\"failTasks\":1,\"dialect\":\"openai-videos\"}");
    String other = submit("/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"y\"}").get("task_id").asText();
    assertEquals("Video generation failed", until(other, "FAILURE").get("fail_reason").asText());
  }

  @Test
  void multipartFormsAreReadLikeTheOpenAiSdkSendsThem() {
    sim.faults("{\"generationSeconds\":30}");
    String boundary = "b0undary";
    String form = part(boundary, "model", "seedance-2.0") + part(boundary, "prompt", "from a form")
        + part(boundary, "seconds", "6") + part(boundary, "metadata[resolution]", "480p")
        + part(boundary, "metadata[return_last_frame]", "true") + part(boundary, "images[]", "https://img.example/r.png")
        + "--" + boundary + "--\r\n";
    HttpResponse<String> r = sim.send(HttpRequest.newBuilder(URI.create(sim.base() + V1 + "/videos"))
        .header("Authorization", "Bearer " + KEY).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode s = status(Sim.json(r).get("task_id").asText());
    assertEquals("from a form", s.get("prompt").asText());
    assertEquals("6", s.get("seconds").asText());
    assertEquals("480p", s.at("/metadata/resolution").asText());
    assertTrue(s.at("/metadata/return_last_frame").asBoolean());
    assertEquals("reference_image", s.at("/metadata/content/0/role").asText());

    String upload = part(boundary, "model", "seedance-2.0") + "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"a.png\"\r\n"
        + "Content-Type: image/png\r\n\r\nPNG\r\n--" + boundary + "--\r\n";
    HttpResponse<String> refused = sim.send(HttpRequest.newBuilder(URI.create(sim.base() + V1 + "/videos"))
        .header("Authorization", "Bearer " + KEY).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(upload)).build());
    assertEquals(200, refused.statusCode());
    assertEquals("invalid_request", Sim.json(refused).at("/error/code").asText());
  }

  private static String part(String boundary, String name, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + value + "\r\n";
  }

  @Test
  void slowSubmitCreatesTheTaskAndHoldsTheAnswerBack() {
    sim.faults("{\"slowSubmits\":1,\"slowSubmitSeconds\":3,\"dialect\":\"openai-videos\"}");
    HttpRequest request = HttpRequest.newBuilder(URI.create(sim.base() + V1 + "/videos"))
        .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
        .timeout(Duration.ofMillis(500))
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"seedance-2.0\",\"prompt\":\"slow\"}")).build();
    assertThrows(HttpTimeoutException.class, () -> sim.http().send(request, HttpResponse.BodyHandlers.ofString()));
    assertEquals(1, sim.stats().at("/dialects/openai-videos/submitsAccepted").asInt());
    assertEquals(1, sim.stats().at("/dialects/openai-videos/slowSubmits").asInt());
    assertEquals(1, sim.stats().get("tasks").asInt());
    assertFalse(sim.post(V1 + "/videos", "{\"model\":\"seedance-2.0\",\"prompt\":\"fast again\"}", KEY).body().contains("error"));
  }

  private static void assertItem(JsonNode item, String type, String role, String url) {
    assertEquals(type, item.get("type").asText(), item.toString());
    assertEquals(role, item.hasNonNull("role") ? item.get("role").asText() : null, item.toString());
    assertEquals(url, item.get("url").asText(), item.toString());
  }
}
