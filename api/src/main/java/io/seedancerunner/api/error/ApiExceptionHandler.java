package io.seedancerunner.api.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns an {@link ApiException} into its status and JSON body. */
@Produces(MediaType.APPLICATION_JSON)
@Singleton
@Requires(property = "seedance.api.enabled", notEquals = "false")
public class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ApiError>> {

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, ApiException exception) {
    MutableHttpResponse<ApiError> response = HttpResponse.<ApiError>status(exception.status())
        .body(exception.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
    exception.headers().forEach(response::header);
    return response;
  }
}
