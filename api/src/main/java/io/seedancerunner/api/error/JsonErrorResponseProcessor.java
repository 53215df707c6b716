package io.seedancerunner.api.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.seedancerunner.workflows.catalog.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the errors Micronaut itself raises (unknown route 404, 405, 406, malformed requests)
 * in the api's {@link ApiError} shape, always as JSON: Micronaut's default processor answers HTML
 * to browsers, and the api promises JSON only. It replaces the default processor for the whole
 * application (Micronaut keeps one), which is what "errors always JSON" asks for.
 */
@Singleton
@Requires(property = "seedance.api.enabled", notEquals = "false")
public class JsonErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

  /** The path of the request Netty's decoder substitutes for one it could not read. */
  private static final String NETTY_BAD_REQUEST = "/bad-request";

  @Override
  public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
    if (context.getRequest().getMethod() == HttpMethod.HEAD) {
      return (MutableHttpResponse<ApiError>) response;
    }
    if (response.status() == HttpStatus.REQUEST_ENTITY_TOO_LARGE && NETTY_BAD_REQUEST.equals(context.getRequest().getPath())) {
      // Netty's request line limit (micronaut.server.netty.max-initial-line-length, 4096): its
      // decoder replaces a request whose line is too long by one for /bad-request, and Micronaut
      // answers 413. The body is not at fault: say 414 and name the URI.
      return response.status(HttpStatus.REQUEST_URI_TOO_LONG).body(ApiError.ofField("uri_too_long",
          "the request line (method, path and query) is too long", "uri",
          List.of("at most 4096 characters"))).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
    HttpStatus status = response.status();
    String message = context.getErrors().stream().map(Error::getMessage)
        .collect(Collectors.joining("; "));
    if (message.isBlank() || status.getCode() >= 500) {
      // Never pass on an internal message with a 5xx: it may name internals.
      message = status.getReason();
    }
    ApiError body = switch (status) {
      case UNSUPPORTED_MEDIA_TYPE -> ApiError.ofField(code(status), "the body must be JSON (Content-Type: application/json); "
          + message, "body", List.of(MediaType.APPLICATION_JSON));
      case REQUEST_ENTITY_TOO_LARGE -> RequestBodyReader.tooLarge().body();
      case BAD_REQUEST -> badRequest(context, message);
      default -> ApiError.of(code(status), message);
    };
    return response.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /**
   * A 400 Micronaut raised before a controller ran (a parameter or header it could not bind, a
   * request it could not read) still names what was wrong: each error's argument when Micronaut
   * knows it, else {@code request}.
   */
  private static ApiError badRequest(ErrorContext context, String message) {
    List<FieldError> fields = context.getErrors().stream()
        .map(e -> new FieldError(e.getPath().filter(p -> !p.isBlank()).orElse("request"), e.getMessage(), List.of()))
        .toList();
    return new ApiError("invalid_request", message,
        fields.isEmpty() ? List.of(new FieldError("request", message, List.of())) : fields);
  }

  /** @return the snake_case code of a status, for example {@code method_not_allowed} */
  static String code(HttpStatus status) {
    return status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
