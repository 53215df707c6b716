package io.seedancerunner.simulator.seedanceapi;

/**
 * A {@code /v1/generate} body that breaks one of seed 001's rules.
 */
final class InvalidSeedanceRequest extends Exception {

  private static final long serialVersionUID = 1L;

  private final SeedanceApiError error;

  /**
   * @param error  the seed's error code
   * @param detail what is wrong
   */
  InvalidSeedanceRequest(SeedanceApiError error, String detail) {
    super(detail, null, false, false);
    this.error = error;
  }

  /** @return the error code to answer */
  SeedanceApiError error() {
    return error;
  }
}
