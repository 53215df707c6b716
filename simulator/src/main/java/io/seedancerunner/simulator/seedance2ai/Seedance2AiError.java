package io.seedancerunner.simulator.seedance2ai;

import io.micronaut.http.HttpStatus;

/**
 * The error codes of seed 003 ("Error codes" table) with their HTTP statuses. Every error body is
 * {@code {"error":{"code":"<code>","message":"..."}}}.
 */
public enum Seedance2AiError {
  /** 401: missing, invalid, or revoked API key. */
  UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized"),
  /** 400: bad input or unsupported field. */
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid_request"),
  /** 402: not enough credits on the balance. */
  INSUFFICIENT_CREDITS(HttpStatus.PAYMENT_REQUIRED, "insufficient_credits"),
  /** 429: more than the quota; carries {@code Retry-After} in seconds. */
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate_limited"),
  /** 409: the same Idempotency-Key with a different body, or while its first request still runs. */
  IDEMPOTENCY_CONFLICT(HttpStatus.CONFLICT, "idempotency_conflict"),
  /** 503: temporary upstream or credit-concurrency issue. */
  SERVICE_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "service_busy"),
  /** 404: the task does not exist or does not belong to this key owner. */
  NOT_FOUND(HttpStatus.NOT_FOUND, "not_found"),
  /** 500: unexpected server-side failure. */
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");

  private final HttpStatus status;
  private final String code;

  Seedance2AiError(HttpStatus status, String code) {
    this.status = status;
    this.code = code;
  }

  /** @return the HTTP status */
  public HttpStatus status() {
    return status;
  }

  /** @return the wire code, for example {@code idempotency_conflict} */
  public String code() {
    return code;
  }
}
