package io.seedancerunner.simulator.seedanceapi;

import io.micronaut.http.HttpStatus;

/**
 * The error codes of seed 001 ("Error Codes" table) with their HTTP statuses and messages, plus
 * {@code RATE_LIMITED} (429), which the seed does not list: the simulator's admin fault needs a
 * code and this one follows the seed's naming. The body is
 * {@code {"code":"<CODE>","message":"...","data":null}}: docs/providers/seedanceapi.md gives the shape
 * {@code {code,message,data}} "with codes such as INVALID_PROMPT", so {@code code} carries the
 * string code on errors and the number 200 on success (seed 001's success example).
 */
public enum SeedanceApiError {
  /** 400: the prompt is invalid or empty (also: the body is not a JSON object). */
  INVALID_PROMPT(HttpStatus.BAD_REQUEST, "The prompt is invalid or empty"),
  /** 400: unsupported aspect ratio. */
  INVALID_ASPECT_RATIO(HttpStatus.BAD_REQUEST, "Unsupported aspect ratio value"),
  /** 400: resolution must be 480p or 720p. */
  INVALID_RESOLUTION(HttpStatus.BAD_REQUEST, "Resolution must be 480p or 720p"),
  /** 400: duration must be 4, 8 or 12 seconds. */
  INVALID_DURATION(HttpStatus.BAD_REQUEST, "Duration must be 4, 8, or 12 seconds"),
  /** 400: at most 1 image URL in {@code image_urls} (also: image_urls malformed). */
  TOO_MANY_IMAGES(HttpStatus.BAD_REQUEST, "Maximum 1 image URL allowed in image_urls array"),
  /** 401: API key missing or invalid. */
  INVALID_API_KEY(HttpStatus.UNAUTHORIZED, "API key is missing or invalid"),
  /** 402: not enough credits. */
  INSUFFICIENT_CREDITS(HttpStatus.PAYMENT_REQUIRED, "Not enough credits for this operation"),
  /** 404: task id unknown (or missing), or not this account's. */
  TASK_NOT_FOUND(HttpStatus.NOT_FOUND, "Task ID not found or does not belong to your account"),
  /** 429: not in seed 001; simulated rate limit. */
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests, please retry later"),
  /** 500: server error. */
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Server error, please try again later");

  private final HttpStatus status;
  private final String message;

  SeedanceApiError(HttpStatus status, String message) {
    this.status = status;
    this.message = message;
  }

  /** @return the HTTP status */
  public HttpStatus status() {
    return status;
  }

  /** @return the seed's description, used as the message */
  public String message() {
    return message;
  }
}
