package io.seedancerunner.api.error;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.temporal.client.WorkflowServiceException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call to Temporal that failed because Temporal did not answer ({@code UNAVAILABLE},
 * {@code DEADLINE_EXCEEDED}) answers 503 {@code temporal_unavailable}, so clients and providers
 * retry; other service errors answer 500 {@code internal_error}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Singleton
@Requires(property = "seedance.api.enabled", notEquals = "false")
public class TemporalUnavailableHandler implements ExceptionHandler<WorkflowServiceException, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(TemporalUnavailableHandler.class);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, WorkflowServiceException exception) {
    Status.Code code = null;
    for (Throwable t = exception; t != null && code == null; t = t.getCause()) {
      if (t instanceof StatusRuntimeException s) {
        code = s.getStatus().getCode();
      }
    }
    boolean unavailable = code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
    LOG.error("Temporal call failed on {} {} ({})", request.getMethod(), RouteNames.template(request), code, exception);
    HttpStatus status = unavailable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
    ApiError body = unavailable
        ? ApiError.of("temporal_unavailable", "Temporal did not answer; try again shortly")
        : ApiError.of("internal_error", "an unexpected error occurred; see the server log");
    return HttpResponse.<ApiError>status(status).body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
