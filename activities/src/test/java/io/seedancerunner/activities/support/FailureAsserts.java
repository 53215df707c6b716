package io.seedancerunner.activities.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.generation.Failures;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.function.Executable;

/** Asserts the classification of provider failures. */
public final class FailureAsserts {

  private FailureAsserts() {}

  /**
   * Runs the call and checks it failed as the seed's error table says: rejected (not retryable)
   * (not retryable: input rejected, or insufficient credits for a 402) or transient (retryable:
   * rate-limited for a 429), with the provider's code and HTTP status as details, and a message
   * naming the code.
   *
   * @return the failure, for further checks
   */
  public static ApplicationFailure assertProviderFailure(Executable call, String code, int httpStatus, boolean retryable) {
    ApplicationFailure f = assertThrows(ApplicationFailure.class, call);
    assertEquals(expectedType(code, httpStatus, retryable), f.getType(), f.getOriginalMessage());
    assertEquals(!retryable, f.isNonRetryable(), f.getOriginalMessage());
    assertEquals(code, f.getDetails().get(0, String.class), f.getOriginalMessage());
    assertEquals(httpStatus, f.getDetails().get(1, Integer.class), f.getOriginalMessage());
    assertTrue(f.getOriginalMessage().contains(code), f.getOriginalMessage());
    return f;
  }

  private static String expectedType(String code, int httpStatus, boolean retryable) {
    if (retryable) {
      return httpStatus == 429 ? Failures.PROVIDER_RATE_LIMITED : Failures.PROVIDER_TRANSIENT;
    }
    boolean credits = httpStatus == 402 || code.equalsIgnoreCase("insufficient_credits")
        || code.equalsIgnoreCase("insufficient_quota");
    return credits ? Failures.INSUFFICIENT_CREDITS : Failures.PROVIDER_REJECTED;
  }
}
