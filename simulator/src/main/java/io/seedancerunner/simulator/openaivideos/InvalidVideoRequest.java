package io.seedancerunner.simulator.openaivideos;

/**
 * A {@code POST /v1/videos} body that breaks one of seed 002's rules: answered HTTP 200 with the
 * error object of {@link #error()} and this message.
 */
final class InvalidVideoRequest extends Exception {

  private static final long serialVersionUID = 1L;

  private final OpenAiVideosError error;

  /**
   * @param error   the error to answer
   * @param message what is wrong, naming the field
   */
  InvalidVideoRequest(OpenAiVideosError error, String message) {
    super(message, null, false, false);
    this.error = error;
  }

  /** @param message what is wrong, naming the field; answered as {@code invalid_request} */
  InvalidVideoRequest(String message) {
    this(OpenAiVideosError.INVALID_REQUEST, message);
  }

  /** @return the error to answer */
  OpenAiVideosError error() {
    return error;
  }
}
