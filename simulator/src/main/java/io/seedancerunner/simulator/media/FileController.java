package io.seedancerunner.simulator.media;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.seedancerunner.simulator.admin.FaultKind;
import io.seedancerunner.simulator.admin.Faults;
import io.seedancerunner.simulator.admin.FileRequest;
import io.seedancerunner.simulator.admin.Stats;
import io.seedancerunner.simulator.tasks.SimClock;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Result files: {@code GET|HEAD /sim/files/{taskId}.mp4}, for succeeded tasks only (404
 * otherwise). No authentication, like a CDN link. Answers {@code Accept-Ranges: bytes};
 * {@code Range: bytes=N-|N-M|-S} gives 206 with {@code Content-Range} and
 * {@code Content-Length}; a range starting past the end gives 416 with
 * {@code Content-Range: bytes *}{@code /size}; no Range gives 200 with {@code Content-Length}.
 * Honours the admin faults {@code downloadBytesPerSecond} and {@code truncateDownloads}.
 */
@Controller("/sim/files")
@Requires(property = "simulator.enabled", notEquals = "false")
public class FileController {

  private static final MediaType MP4 = MediaType.of("video/mp4");
  private static final String SUFFIX = ".mp4";

  private final TaskStore store;
  private final SimClock clock;
  private final Faults faults;
  private final Stats stats;

  /**
   * @param store  tasks
   * @param clock  simulator clock
   * @param faults armed faults
   * @param stats  request statistics
   */
  public FileController(TaskStore store, SimClock clock, Faults faults, Stats stats) {
    this.store = store;
    this.clock = clock;
    this.faults = faults;
    this.stats = stats;
  }

  /**
   * Micronaut routes HEAD requests to GET routes, so this method answers both; HEAD gets
   * 200 with {@code Content-Length} and {@code Accept-Ranges} and no body, or 404.
   *
   * @param request the request (its method and Range header)
   * @param name    {@code <taskId>.mp4}
   * @return 200 or 206 with the MP4 bytes, 404, or 416
   * @throws IOException when the file cannot be read
   */
  @Get("/{name}")
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> get(HttpRequest<?> request, String name) throws IOException {
    String range = request.getHeaders().get(HttpHeaders.RANGE);
    Optional<SimTask> task = taskOf(name);
    Optional<Path> file = task.flatMap(this::fileOf);
    if (request.getMethod() == HttpMethod.HEAD) {
      return head(name, file);
    }
    if (file.isEmpty()) {
      stats.record(new FileRequest(idOf(name), "GET", range, 404));
      return HttpResponse.notFound().contentType(MediaType.TEXT_PLAIN_TYPE).body("no such file");
    }
    long size = Files.size(file.get());
    ByteRange slice = ByteRange.parse(range, size);
    if (slice.kind() == ByteRange.Kind.UNSATISFIABLE) {
      stats.record(new FileRequest(idOf(name), "GET", range, 416));
      return HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
          .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size)
          .header(HttpHeaders.ACCEPT_RANGES, "bytes");
    }
    boolean partial = slice.kind() == ByteRange.Kind.PARTIAL;
    FileRequest record = stats.record(new FileRequest(idOf(name), "GET", range, partial ? 206 : 200));
    boolean truncate = faults.consume(FaultKind.TRUNCATE_DOWNLOADS, task.get().dialect());
    PacedStream body = new PacedStream(file.get(), slice.start(), slice.length(),
        faults.downloadBytesPerSecond(), truncate, record);
    MutableHttpResponse<StreamedFile> response = HttpResponse
        .<StreamedFile>status(partial ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK)
        .header(HttpHeaders.ACCEPT_RANGES, "bytes")
        .body(new StreamedFile(body, MP4, Files.getLastModifiedTime(file.get()).toMillis(), slice.length()));
    if (partial) {
      response.header(HttpHeaders.CONTENT_RANGE, "bytes " + slice.start() + "-" + slice.end() + "/" + size);
    }
    if (truncate) {
      response.header(HttpHeaders.CONNECTION, "close");
    }
    return response;
  }

  /** HEAD: the GET answer's status and headers, no body; a Range header is ignored. */
  private HttpResponse<?> head(String name, Optional<Path> file) throws IOException {
    stats.record(new FileRequest(idOf(name), "HEAD", null, file.isPresent() ? 200 : 404));
    if (file.isEmpty()) {
      return HttpResponse.notFound();
    }
    return HttpResponse.ok()
        .contentType(MP4)
        .contentLength(Files.size(file.get()))
        .header(HttpHeaders.ACCEPT_RANGES, "bytes");
  }

  private Optional<SimTask> taskOf(String name) {
    return name.endsWith(SUFFIX) ? store.find(idOf(name)) : Optional.empty();
  }

  private Optional<Path> fileOf(SimTask task) {
    if (task.observe(clock.now()).phase() != TaskPhase.SUCCEEDED) {
      return Optional.empty();
    }
    return task.videoFile().filter(Files::isRegularFile);
  }

  private static String idOf(String name) {
    return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
  }
}
