package io.seedancerunner.simulator.openapi;

/**
 * A request that does not match open-api's schema: answered 400 {@code invalid_request} with
 * this message.
 */
final class InvalidRequest extends Exception {

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the field */
  InvalidRequest(String message) {
    super(message, null, false, false);
  }
}
