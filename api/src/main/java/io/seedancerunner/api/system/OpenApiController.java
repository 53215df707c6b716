package io.seedancerunner.api.system;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OpenAPI document micronaut-openapi wrote at build time ({@link ApiDocument}), at
 * {@code /openapi.yml}, and the Swagger UI it generated beside it, at {@code /swagger-ui/}. No
 * credential needed: the document describes routes, it opens none.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class OpenApiController {

  private static final String UI = "META-INF/swagger/views/swagger-ui/";
  private static final Pattern UI_FILE = Pattern.compile("(index\\.html|res/[A-Za-z0-9._-]+)");
  private static final Map<String, String> TYPES = Map.of("html", MediaType.TEXT_HTML, "js", "text/javascript",
      "css", "text/css", "png", MediaType.IMAGE_PNG, "yml", MediaType.APPLICATION_YAML);

  private final ResourceResolver resources;

  /** @param resources finds classpath resources */
  public OpenApiController(ResourceResolver resources) {
    this.resources = resources;
  }

  /** @return the OpenAPI 3 document, YAML */
  @Get(value = "/openapi.yml", produces = MediaType.APPLICATION_YAML)
  public HttpResponse<StreamedFile> document() {
    return file(ApiDocument.RESOURCE);
  }

  /** @return the document under the name the Swagger UI asks for */
  @Get(value = "/swagger/{name}", produces = MediaType.APPLICATION_YAML)
  public HttpResponse<StreamedFile> documentForUi(@PathVariable String name) {
    return file(ApiDocument.RESOURCE.endsWith("/" + name) ? ApiDocument.RESOURCE : null);
  }

  /** @return the Swagger UI page */
  @Get(value = "/swagger-ui", produces = MediaType.TEXT_HTML)
  public HttpResponse<StreamedFile> ui() {
    return file(UI + "index.html");
  }

  /**
   * @param path {@code index.html} or {@code res/<file>}
   * @return one of the Swagger UI's files
   */
  @Get(value = "/swagger-ui/{+path}", produces = MediaType.ALL)
  public HttpResponse<StreamedFile> uiFile(@PathVariable String path) {
    return file(UI_FILE.matcher(path).matches() ? UI + path : null);
  }

  private HttpResponse<StreamedFile> file(String resource) {
    Optional<URL> url = resource == null ? Optional.empty() : resources.getResource("classpath:" + resource);
    if (url.isEmpty()) {
      throw new ApiException(HttpStatus.NOT_FOUND, ApiError.of("not_found", "no such document"));
    }
    String ext = resource.substring(resource.lastIndexOf('.') + 1);
    MediaType type = MediaType.of(TYPES.getOrDefault(ext, MediaType.APPLICATION_OCTET_STREAM));
    return HttpResponse.ok(new StreamedFile(url.get())).contentType(type);
  }
}
