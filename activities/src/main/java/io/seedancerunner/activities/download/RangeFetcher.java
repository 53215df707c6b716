package io.seedancerunner.activities.download;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.StreamingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.seedancerunner.activities.provider.Call;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.workflows.generation.Failures;
import io.seedancerunner.workflows.generation.ProviderOutcome;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;

/**
 * Streams a URL into a part file with Micronaut's {@link StreamingHttpClient}, resuming with an
 * HTTP {@code Range} request from a given offset. The body is consumed blocking, chunk by chunk,
 * with bounded prefetch, so the file is never held in memory.
 *
 * <p>Resume rules: ask {@code Range: bytes=<offset>-}; a 206 must carry a {@code Content-Range}
 * starting at the offset; a 200 means the server ignored the range, so the part file restarts at 0;
 * a 416, a 206 starting elsewhere, or an empty answer to a range request restart once from 0.
 *
 * <p>Errors: a 4xx other than 408/425/429 is the link refused ({@link ProviderErrors#linkRefused},
 * not retryable: the workflow asks for a fresh link); 429/5xx are classified by
 * {@link ProviderErrors#fromAnswer} (retryable); no answer at all is a retryable {@code PROVIDER_TRANSIENT}; a body
 * that breaks off is reported as {@link FetchResult#interrupted()}. Exceptions thrown by the
 * progress callback (an activity's cancellation) propagate unchanged.
 */
public final class RangeFetcher {

  /**
   * Chunks buffered between the event loop and the writing thread. Micronaut honours the demand;
   * a chunk was measured at 8 KiB on average and under 200 KiB at most with a slow writer, so at
   * most a few MiB are in memory whatever the file's size.
   */
  private static final int PREFETCH = 8;

  private final StreamingHttpClient client;

  /** @param client a streaming client without base URL (requests carry absolute URLs) */
  public RangeFetcher(StreamingHttpClient client) {
    this.client = client;
  }

  /**
   * @param url      absolute URL of the file
   * @param headers  extra request headers (auth), may be empty
   * @param part     the part file; created when missing
   * @param offset   bytes of the part file to keep and resume after; 0 to start over
   * @param progress told the part file's length after every chunk written
   * @return what the part file now holds
   * @throws IOException         when the part file cannot be written
   * @throws ApplicationFailure  see the class comment; also a retryable {@code PROVIDER_TRANSIENT}
   *                             when another attempt holds the part file's lock
   */
  public FetchResult fetch(String url, Map<String, String> headers, Path part, long offset, LongConsumer progress)
      throws IOException {
    try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = lock(channel, url);
      try {
        FetchResult result = offset > 0 ? stream(url, headers, channel, offset, progress) : null;
        if (result == null) {
          result = stream(url, headers, channel, 0, progress);
        }
        channel.force(true);
        return result;
      } finally {
        lock.release();
      }
    }
  }

  /** @return the result, or {@code null} when a resume from {@code offset > 0} must restart from 0 */
  private FetchResult stream(String url, Map<String, String> headers, FileChannel channel, long offset,
      LongConsumer progress) throws IOException {
    channel.truncate(offset);
    channel.position(offset);
    MutableHttpRequest<?> request = HttpRequest.GET(url);
    headers.forEach(request::header);
    if (offset > 0) {
      request.header(HttpHeaders.RANGE, "bytes=" + offset + "-");
    }
    long position = offset;
    long expected = -1;
    boolean first = true;
    boolean resumed = false;
    try (Stream<Piece> pieces = Flux.from(client.exchangeStream(request)).map(Piece::copy).toStream(PREFETCH)) {
      Iterator<Piece> it = pieces.iterator();
      while (true) {
        Piece piece;
        try {
          if (!it.hasNext()) {
            break;
          }
          piece = it.next();
        } catch (RuntimeException e) {
          Throwable cause = Exceptions.unwrap(e);
          if (cause instanceof HttpClientResponseException answer) {
            if (answer.code() == 416 && offset > 0) {
              return null;
            }
            if (ProviderErrors.classify(answer.code(), null) == ProviderOutcome.INPUT_REJECTED) {
              // Any other 4xx on a result link: expired or refused; the workflow asks for a fresh one.
              throw ProviderErrors.linkRefused(label(url), answer.code(), answer.getMessage());
            }
            throw ProviderErrors.fromAnswer(label(url), answer.code(), null, answer.getMessage(),
                answer.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER));
          }
          if (first) {
            throw ProviderErrors.fromTransport(label(url), Call.READ, cause);
          }
          return new FetchResult(position, expected, resumed, true);
        }
        if (first) {
          first = false;
          long length = piece.headers().contentLength().orElse(-1);
          if (piece.status() == 206) {
            ContentRange range = ContentRange.parse(piece.headers().get(HttpHeaders.CONTENT_RANGE));
            if (offset > 0 && (range == null || range.first() != offset)) {
              return null;
            }
            resumed = offset > 0;
            expected = range != null && range.total() >= 0 ? range.total() : length < 0 ? -1 : offset + length;
          } else {
            if (offset > 0) {
              // 200 to a range request: the server sends the whole file; start over.
              channel.truncate(0);
              channel.position(0);
              position = 0;
            }
            expected = length;
          }
        }
        write(channel, piece.bytes());
        position += piece.bytes().length;
        progress.accept(position);
      }
    }
    if (first && offset > 0) {
      // No body at all to a range request: nothing tells what the server meant; start over.
      return null;
    }
    return new FetchResult(position, expected, resumed, false);
  }

  private static void write(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static FileLock lock(FileChannel channel, String url) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw ApplicationFailure.newBuilder()
          .setType(Failures.PROVIDER_TRANSIENT)
          .setMessage("another attempt is writing this clip (" + label(url) + "); retry later")
          .setDetails("part_file_locked", 0)
          .build();
    }
    return lock;
  }

  /** Names the host only: a signed URL's query string is not for failure messages. */
  static String label(String url) {
    try {
      return "download from " + URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return "download";
    }
  }
}
