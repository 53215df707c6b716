package io.seedancerunner.simulator.openapi;

import io.micronaut.http.HttpStatus;

/**
 * The error codes of seed 000 ("Error Codes" table), with their HTTP statuses. The body is
 * {@code {"success":false,"error":{"code":"<code>","message":"..."}}}.
 */
public enum OpenApiError {
  /** 400: the request body does not match the expected schema. */
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid_request"),
  /** 401: the API key is invalid or missing. */
  UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized"),
  /** 402: not enough credits to submit the task. */
  INSUFFICIENT_CREDITS(HttpStatus.PAYMENT_REQUIRED, "insufficient_credits"),
  /** 404: the task does not exist for the current API key. */
  NOT_FOUND(HttpStatus.NOT_FOUND, "not_found"),
  /** 429: per-minute limit or monthly quota exceeded. */
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate_limited"),
  /** 500: an unexpected server-side error. */
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");

  private final HttpStatus status;
  private final String code;

  OpenApiError(HttpStatus status, String code) {
    this.status = status;
    this.code = code;
  }

  /** @return the HTTP status */
  public HttpStatus status() {
    return status;
  }

  /** @return the wire code, for example {@code invalid_request} */
  public String code() {
    return code;
  }
}
