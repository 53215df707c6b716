package io.seedancerunner.worker.cli.remote;

/**
 * The runner answered with an error (4xx or 5xx): an unknown id, a bad storyboard, a reshoot it
 * cannot do now. The message is the API's own, one readable paragraph.
 */
public final class ApiRefused extends RuntimeException {

  private final int status;

  /** @param answer the error answer */
  public ApiRefused(ApiAnswer answer) {
    this(answer.status(), answer.problem());
  }

  /**
   * @param status  the HTTP status
   * @param message what was refused and why
   */
  public ApiRefused(int status, String message) {
    super(message);
    this.status = status;
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }
}
