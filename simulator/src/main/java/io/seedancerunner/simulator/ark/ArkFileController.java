package io.seedancerunner.simulator.ark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.admin.FileRequest;
import io.seedancerunner.simulator.admin.Stats;
import io.seedancerunner.simulator.http.Json;
import io.seedancerunner.simulator.media.ByteRange;
import io.seedancerunner.simulator.media.FileController;
import io.seedancerunner.simulator.media.PixelSizes;
import io.seedancerunner.simulator.tasks.SimClock;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskStore;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * ark's presigned result URLs ({@link ArkUrls}): {@code GET /sim/ark/tos/{taskId}/video.mp4} and
 * {@code .../last_frame.png}, served like a TOS/S3 object behind a presigned GET URL:
 * <ul>
 *   <li>HEAD answers 403: the signature covers the GET method only;</li>
 *   <li>a request with an {@code Authorization} header answers 400 {@code InvalidArgument} ("Only
 *       one auth mechanism allowed", as S3 answers): the URL is its own credential, and a client
 *       that sends its API key there leaks it to the CDN;</li>
 *   <li>a missing, altered or foreign signature answers 403 {@code SignatureDoesNotMatch}; a URL
 *       past {@code X-Tos-Date + X-Tos-Expires} answers 403 {@code AccessDenied} "Request has
 *       expired";</li>
 *   <li>otherwise the video streams as {@code /sim/files} does ({@link FileController}: Range,
 *       206, 416, the download faults and the file request log), and the last frame PNG is served
 *       with Range too. The video of a task whose record was deleted stays reachable until its
 *       URL expires (the object outlives the record).</li>
 * </ul>
 * Error bodies are JSON {@code {"Code","Message"}}, as TOS answers.
 */
@Controller("/sim/ark/tos")
@Requires(property = "simulator.enabled", notEquals = "false")
public class ArkFileController {

  private static final MediaType PNG = MediaType.of("image/png");

  private final ArkUrls urls;
  private final FileController files;
  private final ArkLastFrames lastFrames;
  private final TaskStore store;
  private final SimClock clock;
  private final Stats stats;

  /**
   * @param urls       presigned URLs
   * @param files      the shared result file endpoint
   * @param lastFrames last frame images
   * @param store      tasks
   * @param clock      simulator clock
   * @param stats      file request log
   */
  public ArkFileController(ArkUrls urls, FileController files, ArkLastFrames lastFrames, TaskStore store,
      SimClock clock, Stats stats) {
    this.urls = urls;
    this.files = files;
    this.lastFrames = lastFrames;
    this.store = store;
    this.clock = clock;
    this.stats = stats;
  }

  /**
   * Micronaut routes HEAD to GET routes, so this method answers both.
   *
   * @param request the request (method, headers, the X-Tos-* query parameters)
   * @param taskId  the task
   * @param file    {@code video.mp4} or {@code last_frame.png}
   * @return the file (200 or 206), or 400, 403, 404, 416
   * @throws IOException when the video cannot be read
   */
  @Get("/{taskId}/{file}")
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> get(HttpRequest<?> request, String taskId, String file) throws IOException {
    String range = request.getHeaders().get(HttpHeaders.RANGE);
    if (request.getMethod() == HttpMethod.HEAD) {
      stats.record(new FileRequest(taskId, "HEAD", null, 403));
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
      return refuse(taskId, range, HttpStatus.BAD_REQUEST, "InvalidArgument",
          "Only one auth mechanism allowed; only the X-Tos-Signature query parameter should be specified");
    }
    var q = request.getParameters();
    ArkUrls.Check check = urls.verify(taskId, file, q.get("X-Tos-Date"), q.get("X-Tos-Expires"),
        q.get("X-Tos-Signature"), clock.now());
    if (check == ArkUrls.Check.BAD_SIGNATURE) {
      return refuse(taskId, range, HttpStatus.FORBIDDEN, "SignatureDoesNotMatch",
          "The request signature we calculated does not match the signature you provided.");
    }
    if (check == ArkUrls.Check.EXPIRED) {
      return refuse(taskId, range, HttpStatus.FORBIDDEN, "AccessDenied", "Request has expired");
    }
    Optional<SimTask> task = store.find(taskId).filter(t -> t.dialect() == Dialect.ARK);
    if (ArkUrls.VIDEO.equals(file)) {
      return files.get(request, taskId + ".mp4");
    }
    boolean framed = task.isPresent() && ArkUrls.LAST_FRAME.equals(file)
        && new ArkOrder(task.get().spec()).returnLastFrame()
        && task.get().observe(clock.now()).phase() == TaskPhase.SUCCEEDED;
    if (!framed) {
      return refuse(taskId, range, HttpStatus.NOT_FOUND, "NoSuchKey", "The specified key does not exist.");
    }
    return png(taskId, range, lastFrames.png(PixelSizes.of(task.get().spec().resolution(),
        task.get().spec().aspectRatio())));
  }

  private HttpResponse<?> png(String taskId, String range, byte[] bytes) {
    ByteRange slice = ByteRange.parse(range, bytes.length);
    if (slice.kind() == ByteRange.Kind.UNSATISFIABLE) {
      stats.record(new FileRequest(taskId, "GET", range, 416));
      return HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
          .header(HttpHeaders.CONTENT_RANGE, "bytes */" + bytes.length)
          .header(HttpHeaders.ACCEPT_RANGES, "bytes");
    }
    boolean partial = slice.kind() == ByteRange.Kind.PARTIAL;
    byte[] body = Arrays.copyOfRange(bytes, (int) slice.start(), (int) slice.end() + 1);
    stats.record(new FileRequest(taskId, "GET", range, partial ? 206 : 200)).addBytes(body.length);
    var response = HttpResponse.status(partial ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK)
        .contentType(PNG)
        .header(HttpHeaders.ACCEPT_RANGES, "bytes")
        .body(body);
    if (partial) {
      response.header(HttpHeaders.CONTENT_RANGE, "bytes " + slice.start() + "-" + slice.end() + "/" + bytes.length);
    }
    return response;
  }

  private HttpResponse<ObjectNode> refuse(String taskId, String range, HttpStatus status, String code, String message) {
    stats.record(new FileRequest(taskId, "GET", range, status.getCode()));
    return HttpResponse.<ObjectNode>status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(Json.object().put("Code", code).put("Message", message));
  }
}
