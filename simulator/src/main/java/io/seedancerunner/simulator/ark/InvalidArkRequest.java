package io.seedancerunner.simulator.ark;

/** A create body ark refuses: answered with the error's status, code and the field in {@code param}. */
final class InvalidArkRequest extends Exception {

  private static final long serialVersionUID = 1L;

  private final ArkError error;
  private final String param;

  /**
   * @param error  the code to answer
   * @param param  the offending field, for example {@code duration}, or empty
   * @param detail what is wrong
   */
  InvalidArkRequest(ArkError error, String param, String detail) {
    super(detail, null, false, false);
    this.error = error;
    this.param = param;
  }

  /** @return the code to answer */
  ArkError error() {
    return error;
  }

  /** @return the offending field, or empty */
  String param() {
    return param;
  }
}
