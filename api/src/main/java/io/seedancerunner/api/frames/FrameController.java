package io.seedancerunner.api.frames;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.seedancerunner.api.config.ApiSettings;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * {@code GET /v1/frames/{sha256}.jpg}: the last frames a storyboard's {@code continue} shots start
 * from, fetched by providers (no key: providers send none). The worker's media activity writes them
 * to {@code <data-dir>/frames/<sha256>.jpg}; the name is the file's own sha256, so only someone who
 * was given the URL can guess it. Any other name answers 404; the file is served as
 * {@code image/jpeg}, cacheable for a day (it never changes under its name).
 */
@Controller("/v1/frames")
@Secured(SecurityRule.IS_ANONYMOUS) // fetched by providers; the name is the frame's sha256, a capability
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FrameController {

  private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.jpg");

  private final Path frames;

  /** @param settings for {@code seedance.data-dir} */
  public FrameController(ApiSettings settings) {
    this.frames = Path.of(settings.dataDir()).resolve("frames").toAbsolutePath().normalize();
  }

  /**
   * @param name {@code <sha256>.jpg}
   * @return 200 with the JPEG; 404 for another name or a frame that is not there
   */
  @Get(value = "/{name}", produces = {"image/jpeg", MediaType.APPLICATION_JSON})
  public HttpResponse<SystemFile> frame(@PathVariable String name) {
    Path file = NAME.matcher(name).matches() ? frames.resolve(name) : null;
    if (file == null || !Files.isRegularFile(file)) {
      throw new ApiException(HttpStatus.NOT_FOUND, ApiError.of("not_found", "no frame named '"
          + (name.length() <= 80 ? name : name.substring(0, 77) + "...") + "'"));
    }
    return HttpResponse.ok(new SystemFile(file.toFile(), MediaType.IMAGE_JPEG_TYPE))
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400, immutable");
  }
}
