package io.seedancerunner.simulator.seedance2ai;

/**
 * A submit body that breaks one of seed 003's parameter rules: answered 400
 * {@code invalid_request} with this message.
 */
final class InvalidSeedance2AiRequest extends Exception {

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the field */
  InvalidSeedance2AiRequest(String message) {
    super(message, null, false, false);
  }
}
