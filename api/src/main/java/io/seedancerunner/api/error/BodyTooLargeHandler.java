package io.seedancerunner.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.seedancerunner.api.generation.RequestBodyReader;
import jakarta.inject.Singleton;

/**
 * A body over {@code micronaut.server.max-request-size} (Micronaut's own limit, 10 MiB unless
 * configured) answers the same 413 JSON naming {@code body} as the api's 1 MiB limit.
 */
@Produces(MediaType.APPLICATION_JSON)
@Singleton
@Replaces(ContentLengthExceededHandler.class)
@Requires(property = "seedance.api.enabled", notEquals = "false")
public class BodyTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<ApiError>> {

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, ContentLengthExceededException exception) {
    ApiException e = RequestBodyReader.tooLarge();
    return HttpResponse.<ApiError>status(e.status()).body(e.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
