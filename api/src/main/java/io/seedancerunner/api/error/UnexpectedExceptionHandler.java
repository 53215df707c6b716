package io.seedancerunner.api.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last resort for exceptions no more specific handler claims: 500 {@code internal_error} as JSON,
 * without a stack trace or the exception's message (which may name internals); the trace goes to
 * the log. The logged line names the method and route template only, never the raw path (a
 * webhook path carries a token).
 */
@Produces(MediaType.APPLICATION_JSON)
@Singleton
@Requires(property = "seedance.api.enabled", notEquals = "false")
public class UnexpectedExceptionHandler implements ExceptionHandler<Exception, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, Exception exception) {
    LOG.error("unexpected error on {} {}", request.getMethod(), RouteNames.template(request), exception);
    return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(ApiError.of("internal_error", "an unexpected error occurred; see the server log"))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
