package io.seedancerunner.simulator.openaivideos;

import io.micronaut.http.HttpStatus;

/**
 * The errors the simulator answers on openai-videos, in the seed's shape
 * {@code {"error":{"message","type","code"}}} (seed 002: "A failed call carries an error object
 * instead of the receipt fields").
 *
 * <p>Seed 002: "Both success and business failures return HTTP 200", so every refusal of the
 * request itself (bad input, unknown model, no credits, unknown task) is a 200. The seed names no
 * codes; ours follow OpenAI's vocabulary ({@code type} {@code invalid_request_error}, codes
 * {@code model_not_found}, {@code insufficient_quota}, {@code invalid_api_key},
 * {@code rate_limit_exceeded}). Outside the business failures, our choice: a bad key is 401 (the
 * gateway's auth layer, where the OpenAI SDK expects it), the {@code rateLimited} fault is 429
 * with {@code Retry-After}, the {@code submitErrors} fault is 500, and the content endpoints
 * answer 404 for a task without a file (a 200 there would be mistaken for the file).
 */
public enum OpenAiVideosError {
  /** 200: the body is not a JSON object or multipart form, or a field is wrong. */
  INVALID_REQUEST(HttpStatus.OK, "invalid_request_error", "invalid_request"),
  /** 200: the model is not one of the dialect's models. */
  MODEL_NOT_FOUND(HttpStatus.OK, "invalid_request_error", "model_not_found"),
  /** 200: the account's balance is below the task's charge. */
  INSUFFICIENT_QUOTA(HttpStatus.OK, "insufficient_quota", "insufficient_quota"),
  /** 200: no task with that id for this key (status endpoint). */
  TASK_NOT_FOUND(HttpStatus.OK, "invalid_request_error", "task_not_found"),
  /** 404: no file for that task (content endpoints). */
  FILE_NOT_FOUND(HttpStatus.NOT_FOUND, "invalid_request_error", "task_not_found"),
  /** 401: the Bearer key is missing or wrong. */
  INVALID_API_KEY(HttpStatus.UNAUTHORIZED, "invalid_request_error", "invalid_api_key"),
  /** 429: the {@code rateLimited} fault, with {@code Retry-After}. */
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate_limit_error", "rate_limit_exceeded"),
  /** 500: the {@code submitErrors} fault; no task was created. */
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "server_error", "internal_error");

  private final HttpStatus status;
  private final String type;
  private final String code;

  OpenAiVideosError(HttpStatus status, String type, String code) {
    this.status = status;
    this.type = type;
    this.code = code;
  }

  /** @return the HTTP status */
  public HttpStatus status() {
    return status;
  }

  /** @return the {@code error.type} */
  public String type() {
    return type;
  }

  /** @return the {@code error.code} */
  public String code() {
    return code;
  }
}
