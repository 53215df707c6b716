package io.seedancerunner.simulator.ark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.HookInbox;
import io.seedancerunner.simulator.support.Sim;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * ark: the lifecycle with its callbacks, the task object, the presigned result URLs, every input
 * mode, DELETE in each state, expiry, the list, the queued-task cap and failed tasks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArkFlowTest {

  /** 480p 16:9 is 864 × 496: 864 × 496 × 24 / 1024 = 10044 tokens per second. */
  private static final long TOKENS_480P_16_9_PER_SECOND = 10044;

  private ArkSim ark;
  private HookInbox inbox;

  @BeforeAll
  void start() {
    ark = ArkSim.start(Map.of("simulator.ark.min-execution-expires-after", 1, "simulator.ark.max-queued-tasks", 6));
    inbox = ark.sim.context().getBean(HookInbox.class);
  }

  @AfterAll
  void stop() {
    ark.close();
  }

  @BeforeEach
  void reset() {
    ark.sim.reset();
  }

  private String hook(String name) {
    return ark.sim.base() + "/test-hooks/" + name;
  }

  private List<String> hookStatuses(String name) {
    return inbox.named(name).stream().map(h -> Sim.json(h.body()).get("status").asText()).toList();
  }

  private long credits() {
    return ark.sim.stats().get("credits").get("ark").asLong();
  }

  @Test
  void textToVideoRunsQueuedRunningSucceededAndCallsBackOnRunningAndSuccess() {
    ark.sim.faults("{\"generationSeconds\":3}");
    String id = ark.createOk("{\"model\":\"" + ArkSim.MODEL + "\",\"content\":[{\"type\":\"text\",\"text\":\"a red fox\"}],"
        + "\"resolution\":\"480p\",\"ratio\":\"16:9\",\"duration\":4,\"seed\":7,\"return_last_frame\":true,"
        + "\"callback_url\":\"" + hook("ark-text") + "\",\"unknown\":1}");
    assertTrue(id.startsWith("cgt-"), id);

    List<String> seen = new ArrayList<>();
    JsonNode done = Sim.await("succeeded", Duration.ofSeconds(20), () -> {
      JsonNode t = ark.task(id);
      String s = t.get("status").asText();
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(s)) {
        seen.add(s);
      }
      return t;
    }, t -> t.get("status").asText().equals("succeeded"));
    assertEquals(List.of("queued", "running", "succeeded"), seen);

    assertEquals(id, done.get("id").asText());
    assertEquals(ArkSim.MODEL, done.get("model").asText());
    assertTrue(done.get("error").isNull());
    assertEquals("480p", done.get("resolution").asText());
    assertEquals("16:9", done.get("ratio").asText());
    assertEquals(4, done.get("duration").asInt());
    assertEquals(24, done.get("framespersecond").asInt());
    assertEquals(7, done.get("seed").asLong());
    assertEquals("default", done.get("service_tier").asText());
    assertEquals(172800, done.get("execution_expires_after").asInt());
    assertTrue(done.get("generate_audio").asBoolean(), "generate_audio defaults to true");
    assertFalse(done.get("draft").asBoolean());
    assertEquals(4 * TOKENS_480P_16_9_PER_SECOND, done.get("usage").get("completion_tokens").asLong());
    assertEquals(4 * TOKENS_480P_16_9_PER_SECOND, done.get("usage").get("total_tokens").asLong());
    assertTrue(done.get("updated_at").asLong() >= done.get("created_at").asLong());
    assertEquals("[{\"type\":\"text\",\"text\":\"a red fox\"}]", done.get("request_content").toString());
    String video = done.get("content").get("video_url").asText();
    assertTrue(video.startsWith(ark.sim.base() + "/sim/ark/tos/" + id + "/video.mp4?X-Tos-Algorithm=TOS4-HMAC-SHA256&"),
        video);
    assertTrue(video.contains("X-Tos-Expires=86400"), video);
    assertTrue(done.get("content").get("last_frame_url").asText().contains("/" + id + "/last_frame.png?"));
    assertEquals(video, ark.task(id).get("content").get("video_url").asText(), "every poll answers the same URL");

    Sim.await("two callbacks", Duration.ofSeconds(10), () -> hookStatuses("ark-text"), l -> l.size() == 2);
    assertEquals(List.of("running", "succeeded"), hookStatuses("ark-text"));
    JsonNode last = Sim.json(inbox.named("ark-text").get(1).body());
    assertEquals(id, last.get("id").asText());
    assertEquals(video, last.get("content").get("video_url").asText(), "the callback carries the task object");
  }

  @Test
  void presignedUrlsServeGetWithRangeAndRefuseHeadAuthorizationAndTampering() throws Exception {
    String id = ark.createOk("{\"model\":\"" + ArkSim.MODEL + "\",\"content\":[{\"type\":\"text\",\"text\":\"urls\"}],"
        + "\"resolution\":\"480p\",\"duration\":4,\"return_last_frame\":true}");
    JsonNode done = ark.awaitStatus(id, "succeeded", Duration.ofSeconds(20));
    String video = done.get("content").get("video_url").asText();

    HttpResponse<byte[]> whole = ark.fetch("GET", video);
    assertEquals(200, whole.statusCode());
    assertArrayEquals(ark.fetch("GET", ark.sim.base() + "/sim/files/" + id + ".mp4").body(), whole.body());
    HttpResponse<byte[]> part = ark.fetch("GET", video, "Range", "bytes=0-99");
    assertEquals(206, part.statusCode());
    assertEquals("bytes 0-99/" + whole.body().length, part.headers().firstValue("Content-Range").orElseThrow());
    assertEquals(100, part.body().length);

    assertEquals(403, ark.fetch("HEAD", video).statusCode(), "a presigned GET URL does not sign HEAD");
    HttpResponse<byte[]> withKey = ark.fetch("GET", video, "Authorization", "Bearer " + ArkSim.KEY);
    assertEquals(400, withKey.statusCode());
    assertEquals("InvalidArgument", Sim.json(new String(withKey.body())).get("Code").asText());
    HttpResponse<byte[]> tampered = ark.fetch("GET", video.replace("X-Tos-Expires=86400", "X-Tos-Expires=999999"));
    assertEquals(403, tampered.statusCode());
    assertEquals("SignatureDoesNotMatch", Sim.json(new String(tampered.body())).get("Code").asText());
    assertEquals(403, ark.fetch("GET", video.substring(0, video.indexOf('?'))).statusCode(), "no signature");
    assertEquals(403, ark.fetch("GET", video.replace("/video.mp4?", "/last_frame.png?")).statusCode(),
        "a signature is for one file");

    HttpResponse<byte[]> png = ark.fetch("GET", done.get("content").get("last_frame_url").asText());
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
    BufferedImage frame = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertEquals(864, frame.getWidth());
    assertEquals(496, frame.getHeight());
    HttpResponse<byte[]> pngPart = ark.fetch("GET", done.get("content").get("last_frame_url").asText(), "Range", "bytes=-8");
    assertEquals(206, pngPart.statusCode());
    assertArrayEquals(Arrays.copyOfRange(png.body(), png.body().length - 8, png.body().length), pngPart.body());
  }

  @Test
  void everyInputModeIsAcceptedAndEchoed() {
    String img = "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://img.example/%s.png\"},\"role\":\"%s\"}";
    String text = "{\"type\":\"text\",\"text\":\"modes\"}";
    String video = "{\"type\":\"video_url\",\"video_url\":{\"url\":\"https://v.example/ref.mp4\"},\"role\":\"reference_video\"}";
    String audio = "{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"https://a.example/ref.wav\"},\"role\":\"reference_audio\"}";
    List<String> contents = List.of(
        "[" + text + "]",
        "[" + text + "," + img.formatted("first", "first_frame") + "]",
        "[" + text + "," + img.formatted("first", "first_frame") + "," + img.formatted("last", "last_frame") + "]",
        "[" + text + "," + img.formatted("r1", "reference_image") + "," + img.formatted("r2", "reference_image") + "]",
        "[" + text + "," + video + "]",
        "[" + text + "," + img.formatted("r1", "reference_image") + "," + audio + "]",
        "[" + img.formatted("r1", "reference_image") + "," + video + "," + audio + "]");
    ark.sim.faults("{\"generationSeconds\":100}");
    for (String content : contents) {
      String id = ark.createOk("{\"model\":\"" + ArkSim.MODEL + "\",\"content\":" + content + ",\"duration\":4,"
          + "\"resolution\":\"480p\"}");
      assertEquals(Sim.json(content), ark.task(id).get("request_content"), content);
      ark.sim.reset();
      ark.sim.faults("{\"generationSeconds\":100}");
    }
    String lone = ark.createOk("{\"model\":\"" + ArkSim.MODEL + "\",\"content\":[" + text
        + ",{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://img.example/x.png\"}}]}");
    JsonNode t = ark.task(lone);
    assertEquals("first_frame", t.get("request_content").get(1).get("role").asText(), "a lone image is the first frame");
    assertEquals("16:9", t.get("ratio").asText(), "adaptive (the image-to-video default) is made in 16:9");
  }

  @Test
  void referenceVideoSecondsAreBilled() {
    String id = ark.createOk("{\"model\":\"" + ArkSim.MODEL + "\",\"content\":[{\"type\":\"text\",\"text\":\"v\"},"
        + "{\"type\":\"video_url\",\"video_url\":{\"url\":\"https://v.example/a.mp4\"},\"role\":\"reference_video\"}],"
        + "\"resolution\":\"480p\",\"ratio\":\"16:9\",\"duration\":4}");
    JsonNode done = ark.awaitStatus(id, "succeeded", Duration.ofSeconds(20));
    // (5 s of reference video + 4 s of output) × 10044 tokens per second
    assertEquals(9 * TOKENS_480P_16_9_PER_SECOND, done.get("usage").get("total_tokens").asLong());
  }

  @Test
  void deleteCancelsAQueuedTaskRefusesARunningOneAndDeletesAnEndedOne() {
    long before = credits();
    ark.sim.faults("{\"generationSeconds\":100}");
    String queued = ark.createOk(ArkSim.text("queued").replace("\"duration\":4",
        "\"duration\":4,\"callback_url\":\"" + hook("ark-cancel") + "\""));
    assertEquals(before - 4 * TOKENS_480P_16_9_PER_SECOND, credits(), "the tokens are reserved");
    HttpResponse<String> cancelled = ark.delete(queued);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("{}", cancelled.body());
    assertEquals("cancelled", ark.task(queued).get("status").asText());
    assertEquals(before, credits(), "a cancelled task is not billed");
    Sim.await("cancel callback", Duration.ofSeconds(5), () -> hookStatuses("ark-cancel"), l -> l.contains("cancelled"));
    HttpResponse<String> again = ark.delete(queued);
    assertEquals(400, again.statusCode(), "a cancelled task can be neither cancelled nor deleted");

    ark.sim.faults("{\"generationSeconds\":20}");
    String running = ark.createOk(ArkSim.text("running"));
    ark.awaitStatus(running, "running", Duration.ofSeconds(10));
    HttpResponse<String> refused = ark.delete(running);
    assertEquals(400, refused.statusCode());
    assertEquals("InvalidParameter", Sim.json(refused).get("error").get("code").asText());
    assertTrue(Sim.json(refused).get("error").get("message").asText().contains("running"));
    assertEquals("running", ark.task(running).get("status").asText());

    ark.sim.faults("{\"generationSeconds\":0.5}");
    String ended = ark.createOk(ArkSim.text("ended"));
    ark.awaitStatus(ended, "succeeded", Duration.ofSeconds(20));
    assertEquals(200, ark.delete(ended).statusCode());
    HttpResponse<String> gone = ark.get(ended);
    assertEquals(404, gone.statusCode());
    assertEquals("ResourceNotFound", Sim.json(gone).get("error").get("code").asText());
    assertFalse(ark.list("page_size=100").body().contains(ended), "a deleted record leaves the list");
    assertEquals(4, ark.sim.stats().get("dialects").get("ark").get("cancels").asInt(), "every DELETE is counted");
  }

  @Test
  void aTaskStillQueuedAtItsExpiryExpires() {
    long before = credits();
    ark.sim.faults("{\"generationSeconds\":100}");
    String id = ark.createOk(ArkSim.text("expiring").replace("\"duration\":4",
        "\"duration\":4,\"execution_expires_after\":1,\"callback_url\":\"" + hook("ark-expire") + "\""));
    assertEquals("queued", ark.task(id).get("status").asText());
    JsonNode expired = ark.awaitStatus(id, "expired", Duration.ofSeconds(10));
    assertTrue(expired.get("content") == null, "no result");
    assertTrue(expired.get("usage") == null, "not billed");
    assertEquals(before, credits());
    Sim.await("expired callback", Duration.ofSeconds(5), () -> hookStatuses("ark-expire"), l -> l.equals(List.of("expired")));
    assertTrue(ark.list("filter.status=expired").body().contains(id));
  }

  @Test
  void aRunningTaskDoesNotExpire() {
    ark.sim.faults("{\"generationSeconds\":8}");
    String id = ark.createOk(ArkSim.text("running").replace("\"duration\":4", "\"duration\":4,\"execution_expires_after\":1"));
    long created = ark.task(id).get("created_at").asLong();
    ark.awaitStatus(id, "running", Duration.ofSeconds(5));
    JsonNode later = Sim.await("past the expiry", Duration.ofSeconds(10), () -> ark.task(id),
        t -> System.currentTimeMillis() / 1000 >= created + 2);
    assertEquals("running", later.get("status").asText(), "only a queued task expires");
  }

  @Test
  void listFiltersAndPages() {
    ark.sim.faults("{\"generationSeconds\":100}");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(ark.createOk(ArkSim.text("standard " + i)));
    }
    for (int i = 0; i < 2; i++) {
      ids.add(ark.createOk(ArkSim.text("fast " + i).replace(ArkSim.MODEL, ArkModels.SEEDANCE_2_0_FAST)));
    }
    assertEquals(200, ark.delete(ids.get(0)).statusCode());

    JsonNode first = Sim.json(ark.list("page_size=2"));
    assertEquals(5, first.get("total").asInt());
    assertEquals(2, first.get("items").size());
    assertEquals(ids.get(4), first.get("items").get(0).get("id").asText(), "newest first");
    assertEquals(1, Sim.json(ark.list("page_size=2&page_num=3")).get("items").size());
    assertEquals(0, Sim.json(ark.list("page_size=2&page_num=4")).get("items").size());
    assertEquals(5, Sim.json(ark.list("")).get("items").size(), "the default page (10) holds all five");

    JsonNode fast = Sim.json(ark.list("filter.model=" + ArkModels.SEEDANCE_2_0_FAST));
    assertEquals(2, fast.get("total").asInt());
    fast.get("items").forEach(t -> assertEquals(ArkModels.SEEDANCE_2_0_FAST, t.get("model").asText()));
    JsonNode cancelled = Sim.json(ark.list("filter.status=cancelled"));
    assertEquals(1, cancelled.get("total").asInt());
    assertEquals(ids.get(0), cancelled.get("items").get(0).get("id").asText());
    assertEquals(4, Sim.json(ark.list("filter.status=queued")).get("total").asInt());
    JsonNode two = Sim.json(ark.list("filter.task_ids=" + ids.get(1) + "&filter.task_ids=" + ids.get(3)));
    assertEquals(2, two.get("total").asInt());
    assertEquals(0, Sim.json(ark.list("filter.service_tier=flex")).get("total").asInt());
    assertEquals(5, Sim.json(ark.list("filter.service_tier=default")).get("total").asInt());

    for (String bad : List.of("filter.status=done", "page_size=0", "page_size=501", "page_num=x")) {
      HttpResponse<String> r = ark.list(bad);
      assertEquals(400, r.statusCode(), bad);
      assertEquals("InvalidParameter", Sim.json(r).get("error").get("code").asText(), bad);
    }
  }

  @Test
  void createsBeyondTheQueuedTaskCapAreRefusedWith429() {
    ark.sim.faults("{\"generationSeconds\":100,\"retryAfterSeconds\":7}");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(ark.createOk(ArkSim.text("cap " + i)));
    }
    HttpResponse<String> refused = ark.create(ArkSim.text("one too many"));
    assertEquals(429, refused.statusCode());
    assertEquals("QuotaExceeded", Sim.json(refused).get("error").get("code").asText());
    assertEquals("TooManyRequests", Sim.json(refused).get("error").get("type").asText());
    assertEquals("7", refused.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(1, ark.sim.stats().get("dialects").get("ark").get("rateLimited").asInt());
    assertEquals(6, ark.sim.stats().get("tasks").asInt(), "the refused create made no task");

    assertEquals(200, ark.delete(ids.get(0)).statusCode());
    ark.createOk(ArkSim.text("room again"));
  }

  @Test
  void failedTasksCarryAnErrorAndNoResult() {
    ark.sim.faults("{\"generationSeconds\":0.3}");
    String moderated = ark.createOk(ArkSim.text("bad [sim:fail]").replace("\"duration\":4",
        "\"duration\":4,\"callback_url\":\"" + hook("ark-fail") + "\""));
    JsonNode failed = ark.awaitStatus(moderated, "failed", Duration.ofSeconds(10));
    assertEquals("InputTextSensitiveContentDetected", failed.get("error").get("code").asText());
    assertFalse(failed.get("error").get("message").asText().isBlank());
    assertTrue(failed.get("content") == null && failed.get("usage") == null);
    Sim.await("failed callback", Duration.ofSeconds(5), () -> hookStatuses("ark-fail"), l -> l.contains("failed"));

    ark.sim.faults("{\"failTasks\":1,\"dialect\":\"ark\"}");
    String broken = ark.createOk(ArkSim.text("fine"));
    assertEquals("InternalServiceError", ark.awaitStatus(broken, "failed", Duration.ofSeconds(10))
        .get("error").get("code").asText());
  }

  @Test
  void createIsNotIdempotent() {
    ark.sim.faults("{\"generationSeconds\":100}");
    String a = ark.createOk(ArkSim.text("same"));
    String b = ark.createOk(ArkSim.text("same"));
    assertNotEquals(a, b);
    assertEquals(2, Sim.json(ark.list("")).get("total").asInt());
  }
}
