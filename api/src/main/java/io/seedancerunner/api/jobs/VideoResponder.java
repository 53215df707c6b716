package io.seedancerunner.api.jobs;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import io.seedancerunner.api.config.ApiSettings;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Streams a finished clip: 200 with the whole file, or 206 with one byte range and
 * {@code Content-Range}; 416 when the range lies past the end. Always {@code video/mp4} with
 * {@code Accept-Ranges: bytes}. The file is streamed from disk, never read whole into memory.
 *
 * <p>Only files below {@code seedance.data-dir} are served (our choice: the path comes from
 * workflow history, and a path outside the data folder means a misconfiguration or tampering).
 */
@Singleton
public class VideoResponder {

  /** The video's media type. */
  public static final MediaType VIDEO_MP4 = MediaType.of("video/mp4");

  private final Path dataDir;

  /** @param settings for {@code seedance.data-dir} */
  public VideoResponder(ApiSettings settings) {
    this.dataDir = Path.of(settings.dataDir()).toAbsolutePath().normalize();
  }

  /**
   * @param jobId the job, for error messages
   * @param file  the clip's path from the workflow result
   * @param range the {@code Range} header, or null
   * @return the response, its body a stream over the file (or the range)
   * @throws ApiException 410 when the file is gone, 403 when it lies outside the data folder,
   *                      416 when the range is unsatisfiable
   */
  public MutableHttpResponse<?> respond(String jobId, String file, String range) {
    return respond("the video of job " + jobId, file, range, VIDEO_MP4);
  }

  /**
   * The same for any file of a job, for example a storyboard's film or contact sheet.
   *
   * @param what  names the file in error messages, for example {@code the film of storyboard sb-1}
   * @param file  the file's path from the workflow
   * @param range the {@code Range} header, or null
   * @param type  the media type to answer with
   * @return the response, its body a stream over the file (or the range)
   * @throws ApiException 410 when the file is gone, 403 when it lies outside the data folder,
   *                      416 when the range is unsatisfiable
   */
  public MutableHttpResponse<?> respond(String what, String file, String range, MediaType type) {
    Path path = Path.of(file).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      throw new ApiException(HttpStatus.GONE, ApiError.of("video_gone", what + " is no longer in storage"));
    }
    try {
      if (!path.toRealPath().startsWith(realDataDir())) {
        throw new ApiException(HttpStatus.FORBIDDEN, ApiError.of("video_outside_data_dir",
            what + " lies outside seedance.data-dir; it is not served"));
      }
      long size = Files.size(path);
      long modified = Files.getLastModifiedTime(path).toMillis();
      ByteRange.Parsed parsed = ByteRange.parse(range, size);
      switch (parsed.kind()) {
        case UNSATISFIABLE -> throw unsatisfiable(size);
        case PARTIAL -> {
          ByteRange r = parsed.range();
          FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
          channel.position(r.start());
          InputStream in = new LimitedInputStream(Channels.newInputStream(channel), r.length());
          return HttpResponse.status(HttpStatus.PARTIAL_CONTENT)
              .header(HttpHeaders.ACCEPT_RANGES, "bytes")
              .header(HttpHeaders.CONTENT_RANGE, r.contentRange(size))
              .body(new StreamedFile(in, type, modified, r.length()));
        }
        default -> {
          return HttpResponse.ok()
              .header(HttpHeaders.ACCEPT_RANGES, "bytes")
              .body(new StreamedFile(Files.newInputStream(path), type, modified, size));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path realDataDir() throws IOException {
    return Files.exists(dataDir) ? dataDir.toRealPath() : dataDir;
  }

  /** 416 with {@code Content-Range: bytes *}{@code /size} (RFC 9110 15.5.17). */
  private static ApiException unsatisfiable(long size) {
    return new ApiException(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, ApiError.ofField("range_not_satisfiable",
        "the range lies past the end of the " + size + "-byte file", "Range",
        List.of(size == 0 ? "none: the file is empty" : "bytes=0-" + (size - 1))),
        Map.of(HttpHeaders.CONTENT_RANGE, "bytes */" + size));
  }
}
