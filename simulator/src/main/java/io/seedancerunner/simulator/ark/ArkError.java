package io.seedancerunner.simulator.ark;

import io.micronaut.http.HttpStatus;

/**
 * The ModelArk error codes the simulator answers, with HTTP status, {@code type} and message, from
 * the common error code table (https://docs.byteplus.com/en/docs/ModelArk/1299023) unless marked.
 * The body is {@code {"error":{"code","message","param","type"}}}; messages end with
 * {@code Request id: <id>} like the real ones.
 */
public enum ArkError {
  /** 400: a required parameter ({@code model}, {@code content}) is missing. */
  MISSING_PARAMETER(HttpStatus.BAD_REQUEST, "BadRequest", "MissingParameter",
      "The request failed because it is missing one or multiple required parameters."),
  /**
   * 400: a parameter is not valid. Also the answer to {@code DELETE} of a running or cancelled task
   * (the docs say DELETE is "not supported" in those states without naming a code; our choice).
   */
  INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "BadRequest", "InvalidParameter",
      "One or more parameters specified in the request are not valid."),
  /** 401: the API key is missing or invalid. */
  AUTHENTICATION(HttpStatus.UNAUTHORIZED, "Unauthorized", "AuthenticationError",
      "The API key or AK/SK in the request is missing or invalid."),
  /** 403: the account's balance (here: its token credits) is short. */
  ACCOUNT_OVERDUE(HttpStatus.FORBIDDEN, "Forbidden", "AccountOverdueError",
      "The request failed because your account has an overdue balance."),
  /** 404: the model exists but the account has not activated it. */
  MODEL_NOT_OPEN(HttpStatus.NOT_FOUND, "NotFound", "ModelNotOpen",
      "Your account has not activated the model. Please activate the model service in the Ark Console."),
  /** 404: no such model or endpoint. */
  MODEL_NOT_FOUND(HttpStatus.NOT_FOUND, "NotFound", "InvalidEndpointOrModel.NotFound",
      "The model or endpoint does not exist or you do not have access to it."),
  /**
   * 404: no such task for this account (or its record was deleted). The docs name no code for an
   * unknown task id: {@code ResourceNotFound} is our choice.
   */
  TASK_NOT_FOUND(HttpStatus.NOT_FOUND, "NotFound", "ResourceNotFound", "The specified task is not found."),
  /** 429: the admin fault {@code rateLimited}; the endpoint's requests-per-minute limit. */
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests", "RateLimitExceeded.EndpointRPMExceeded",
      "The Requests Per Minute (RPM) limit of the associated endpoint for your account has been exceeded."),
  /**
   * 429: the account already has {@code simulator.ark.max-queued-tasks} queued or running tasks.
   * The docs give the limit but not its code; {@code QuotaExceeded} ("The request has exceeded the
   * quota") is our choice.
   */
  QUOTA_EXCEEDED(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests", "QuotaExceeded",
      "The request has exceeded the quota."),
  /** 500: the admin fault {@code submitErrors}. */
  INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "InternalServerError", "InternalServiceError",
      "The service encountered an unexpected internal error.");

  private final HttpStatus status;
  private final String type;
  private final String code;
  private final String message;

  ArkError(HttpStatus status, String type, String code, String message) {
    this.status = status;
    this.type = type;
    this.code = code;
    this.message = message;
  }

  /** @return the HTTP status */
  public HttpStatus status() {
    return status;
  }

  /** @return the {@code type} field, for example {@code BadRequest} */
  public String type() {
    return type;
  }

  /** @return the wire code, for example {@code InvalidParameter} */
  public String code() {
    return code;
  }

  /** @return the documented message, without the request id */
  public String message() {
    return message;
  }
}
