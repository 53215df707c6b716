package io.seedancerunner.activities.provider;

import java.util.Optional;

/**
 * A provider's HTTP answer, whatever its status.
 *
 * @param status     HTTP status code
 * @param body       the body as text, empty when none
 * @param retryAfter the {@code Retry-After} header, when present
 */
public record HttpAnswer(int status, String body, Optional<String> retryAfter) {

  /** @return true for 2xx */
  public boolean ok() {
    return status >= 200 && status < 300;
  }
}
