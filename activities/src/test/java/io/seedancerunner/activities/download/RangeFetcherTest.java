package io.seedancerunner.activities.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.StreamingHttpClient;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.Failures;
import io.temporal.failure.ApplicationFailure;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Range and resume rules of the streaming fetch, against a raw in-test server. */
class RangeFetcherTest {

  private static final byte[] FILE = new byte[100_000];
  private static StreamingHttpClient client;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    new Random(7).nextBytes(FILE);
    DefaultHttpClientConfiguration c = new DefaultHttpClientConfiguration();
    c.setReadTimeout(Duration.ofSeconds(5));
    client = StreamingHttpClient.create(null, c);
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static byte[] answer(int status, String extraHeaders, long contentLength, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "HTTP/1.1 " + status + " X\r\nContent-Type: video/mp4\r\nContent-Length: " + contentLength
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static long rangeStart(TinyHttpServer.Recorded r) {
    String range = r.headers().get("range");
    return range == null ? -1 : Long.parseLong(range.substring("bytes=".length(), range.indexOf('-')));
  }

  /** 206 from the asked offset, else 200 with the whole file. */
  private static byte[] honest(TinyHttpServer.Recorded r) {
    long from = rangeStart(r);
    if (from < 0) {
      return answer(200, "", FILE.length, FILE);
    }
    byte[] rest = Arrays.copyOfRange(FILE, (int) from, FILE.length);
    return answer(206, "Content-Range: bytes " + from + "-" + (FILE.length - 1) + "/" + FILE.length + "\r\n",
        rest.length, rest);
  }

  private Path partWith(int bytes) throws Exception {
    byte[] prefix = Arrays.copyOf(FILE, bytes);
    return Files.write(dir.resolve("clip.mp4.part"), prefix);
  }

  @Test
  void wholeFileFromZero() throws Exception {
    List<Long> progress = new ArrayList<>();
    try (TinyHttpServer server = TinyHttpServer.raw(RangeFetcherTest::honest)) {
      Path part = dir.resolve("clip.mp4.part");
      FetchResult r = new RangeFetcher(client).fetch(server.baseUrl() + "/f.mp4", Map.of("Authorization", "Bearer k"),
          part, 0, progress::add);
      assertEquals(new FetchResult(FILE.length, FILE.length, false, false), r);
      assertArrayEquals(FILE, Files.readAllBytes(part));
      assertNull(server.requests().get(0).headers().get("range"));
      assertEquals("Bearer k", server.requests().get(0).headers().get("authorization"));
      assertEquals(FILE.length, progress.get(progress.size() - 1));
      for (int i = 1; i < progress.size(); i++) {
        assertTrue(progress.get(i) > progress.get(i - 1), "progress grows");
      }
    }
  }

  @Test
  void resumesWithRangeAndTruncatesTheTailBeyondTheOffset() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.raw(RangeFetcherTest::honest)) {
      Path part = partWith(60_000);
      FetchResult r = new RangeFetcher(client).fetch(server.baseUrl() + "/f.mp4", Map.of(), part, 40_000, p -> { });
      assertEquals(new FetchResult(FILE.length, FILE.length, true, false), r);
      assertEquals("bytes=40000-", server.requests().get(0).headers().get("range"));
      assertArrayEquals(FILE, Files.readAllBytes(part));
    }
  }

  @Test
  void serverIgnoringRangeRestartsFromZero() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.raw(r -> answer(200, "", FILE.length, FILE))) {
      Path part = Files.write(dir.resolve("clip.mp4.part"), new byte[50_000]);
      FetchResult r = new RangeFetcher(client).fetch(server.baseUrl() + "/f.mp4", Map.of(), part, 50_000, p -> { });
      assertFalse(r.resumed());
      assertEquals(FILE.length, r.bytes());
      assertArrayEquals(FILE, Files.readAllBytes(part));
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void contentRangeFromElsewhereRestartsFromZeroWithoutRange() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.raw(r -> rangeStart(r) < 0
        ? answer(200, "", FILE.length, FILE)
        : answer(206, "Content-Range: bytes 0-99/" + FILE.length + "\r\n", 100, Arrays.copyOf(FILE, 100)))) {
      Path part = partWith(30_000);
      FetchResult r = new RangeFetcher(client).fetch(server.baseUrl() + "/f.mp4", Map.of(), part, 30_000, p -> { });
      assertEquals(FILE.length, r.bytes());
      assertArrayEquals(FILE, Files.readAllBytes(part));
      assertEquals(2, server.requests().size());
      assertNull(server.requests().get(1).headers().get("range"));
    }
  }

  @Test
  void rangeNotSatisfiableRestartsFromZero() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.raw(r -> rangeStart(r) < 0
        ? answer(200, "", FILE.length, FILE)
        : answer(416, "Content-Range: bytes */" + FILE.length + "\r\n", 0, new byte[0]))) {
      Path part = partWith(FILE.length);
      FetchResult r = new RangeFetcher(client).fetch(server.baseUrl() + "/f.mp4", Map.of(), part, FILE.length, p -> { });
      assertEquals(FILE.length, r.bytes());
      assertArrayEquals(FILE, Files.readAllBytes(part));
    }
  }

  @Test
  void cutConnectionIsReportedIncompleteWithWhatArrived() throws Exception {
    byte[] half = Arrays.copyOf(FILE, 30_000);
    try (TinyHttpServer server = TinyHttpServer.rawInTwoParts(r -> answer(200, "", FILE.length, half), 10_000, 200)) {
      Path part = dir.resolve("clip.mp4.part");
      List<Long> progress = new ArrayList<>();
      FetchResult r = new RangeFetcher(client).fetch(server.baseUrl() + "/f.mp4", Map.of(), part, 0, progress::add);
      assertTrue(r.incomplete());
      // What was sent before the pause arrived for sure; bytes in flight when the connection
      // closed may be dropped by the client, never invented.
      assertTrue(r.bytes() >= 9_000 && r.bytes() <= 30_000, "bytes " + r.bytes());
      assertEquals(FILE.length, r.expected());
      assertEquals(r.bytes(), Files.size(part));
      assertArrayEquals(Arrays.copyOf(FILE, (int) r.bytes()), Files.readAllBytes(part));
      assertEquals(r.bytes(), progress.get(progress.size() - 1));
    }
  }

  @Test
  void errorStatusesAreClassified() throws Exception {
    try (TinyHttpServer gone = TinyHttpServer.raw(r -> answer(404, "", 0, new byte[0]));
        TinyHttpServer busy = TinyHttpServer.raw(r -> answer(503, "Retry-After: 4\r\n", 0, new byte[0]))) {
      Path part = dir.resolve("clip.mp4.part");
      ApplicationFailure notFound = assertThrows(ApplicationFailure.class,
          () -> new RangeFetcher(client).fetch(gone.baseUrl() + "/f.mp4", Map.of(), part, 0, p -> { }));
      assertEquals(Failures.LINK_REFUSED, notFound.getType());
      assertTrue(notFound.isNonRetryable());
      assertEquals(404, notFound.getDetails().get(1, Integer.class));
      ApplicationFailure unavailable = assertThrows(ApplicationFailure.class,
          () -> new RangeFetcher(client).fetch(busy.baseUrl() + "/f.mp4", Map.of(), part, 0, p -> { }));
      assertEquals(Failures.PROVIDER_TRANSIENT, unavailable.getType());
      assertEquals(Duration.ofSeconds(4), unavailable.getNextRetryDelay());
    }
  }

  @Test
  void anExceptionFromProgressEndsTheStreamUnchanged() throws Exception {
    RuntimeException cancelled = new RuntimeException("cancelled");
    List<Long> calls = new ArrayList<>();
    try (TinyHttpServer server = TinyHttpServer.raw(RangeFetcherTest::honest)) {
      Path part = dir.resolve("clip.mp4.part");
      RuntimeException thrown = assertThrows(RuntimeException.class,
          () -> new RangeFetcher(client).fetch(server.baseUrl() + "/f.mp4", Map.of(), part, 0, p -> {
            calls.add(p);
            throw cancelled;
          }));
      assertSame(cancelled, thrown);
      assertEquals(1, calls.size(), "the stream stops at the first exception");
    }
  }
}
