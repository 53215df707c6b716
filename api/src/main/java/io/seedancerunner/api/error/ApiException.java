package io.seedancerunner.api.error;

import io.micronaut.http.HttpStatus;
import io.seedancerunner.workflows.catalog.FieldError;
import java.util.List;
import java.util.Map;

/**
 * An expected failure that becomes a JSON error answer ({@link ApiExceptionHandler}). Carries no
 * stack trace: it is flow control, not a bug.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final ApiError body;
  private final Map<String, String> headers;

  /**
   * @param status the HTTP status to answer
   * @param body   the JSON body
   */
  public ApiException(HttpStatus status, ApiError body) {
    this(status, body, Map.of());
  }

  /**
   * @param status  the HTTP status to answer
   * @param body    the JSON body
   * @param headers extra response headers, for example {@code Content-Range} on a 416
   */
  public ApiException(HttpStatus status, ApiError body, Map<String, String> headers) {
    super(body.message(), null, false, false);
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  /** @return 400 {@code invalid_request} listing every field */
  public static ApiException invalid(List<FieldError> fields) {
    StringBuilder msg = new StringBuilder("invalid request: ");
    msg.append(fields.size()).append(fields.size() == 1 ? " field is" : " fields are").append(" invalid (");
    msg.append(String.join(", ", fields.stream().map(FieldError::field).distinct().toList())).append(')');
    return new ApiException(HttpStatus.BAD_REQUEST, new ApiError("invalid_request", msg.toString(), fields));
  }

  /** @return 400 {@code invalid_request} blaming the body as a whole */
  public static ApiException invalidBody(String message) {
    return new ApiException(HttpStatus.BAD_REQUEST,
        ApiError.ofField("invalid_request", message, "body", List.of("a JSON object")));
  }

  /** @return 404 {@code not_found} for a job id */
  public static ApiException jobNotFound(String jobId) {
    String shown = jobId.length() <= 200 ? jobId : jobId.substring(0, 197) + "...";
    return new ApiException(HttpStatus.NOT_FOUND, ApiError.of("not_found", "no job with id '" + shown + "'"));
  }

  /** @return 404 {@code not_found} for a storyboard id */
  public static ApiException storyboardNotFound(String id) {
    String shown = id.length() <= 200 ? id : id.substring(0, 197) + "...";
    return new ApiException(HttpStatus.NOT_FOUND, ApiError.of("not_found", "no storyboard with id '" + shown + "'"));
  }

  /** @return the HTTP status */
  public HttpStatus status() {
    return status;
  }

  /** @return extra response headers */
  public Map<String, String> headers() {
    return headers;
  }

  /** @return the JSON body */
  public ApiError body() {
    return body;
  }
}
