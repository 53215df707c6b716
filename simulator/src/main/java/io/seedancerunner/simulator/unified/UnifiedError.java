package io.seedancerunner.simulator.unified;

import io.micronaut.http.HttpStatus;

/**
 * unified's errors. Seed 004 is cut short before any error is described; the shape follows the
 * same provider's public error reference (our source for the choice):
 * {@code {"error":{"code":<HTTP status>,"message":"...","type":"<type>","param":"<field>"}}}, with
 * {@code param} only when one field is at fault.
 */
public enum UnifiedError {
  /** 400: a parameter is invalid or missing. */
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid_request_error"),
  /** 401: invalid or expired API token. */
  AUTHENTICATION(HttpStatus.UNAUTHORIZED, "authentication_error"),
  /** 402: not enough credits. */
  INSUFFICIENT_QUOTA(HttpStatus.PAYMENT_REQUIRED, "insufficient_quota_error"),
  /** 404: the task does not exist, or is another account's. */
  NOT_FOUND(HttpStatus.NOT_FOUND, "not_found_error"),
  /** 429: too many requests; carries {@code Retry-After}. */
  RATE_LIMIT(HttpStatus.TOO_MANY_REQUESTS, "rate_limit_error"),
  /** 500: internal server error. */
  INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal_server_error");

  private final HttpStatus status;
  private final String type;

  UnifiedError(HttpStatus status, String type) {
    this.status = status;
    this.type = type;
  }

  /** @return the HTTP status, also sent as {@code error.code} */
  public HttpStatus status() {
    return status;
  }

  /** @return the wire type, for example {@code invalid_request_error} */
  public String type() {
    return type;
  }
}
