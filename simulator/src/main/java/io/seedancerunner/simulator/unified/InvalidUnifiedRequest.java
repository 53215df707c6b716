package io.seedancerunner.simulator.unified;

/**
 * A {@code POST /v1/videos/generations} body that breaks one of seed 004's rules: answered 400
 * {@code invalid_request_error} with this message and the field as {@code param}.
 */
final class InvalidUnifiedRequest extends Exception {

  private static final long serialVersionUID = 1L;

  private final String param;

  /**
   * @param param   the field at fault
   * @param message what is wrong
   */
  InvalidUnifiedRequest(String param, String message) {
    super(message, null, false, false);
    this.param = param;
  }

  /** @return the field at fault */
  String param() {
    return param;
  }
}
