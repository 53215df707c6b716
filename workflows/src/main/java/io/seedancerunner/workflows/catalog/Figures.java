package io.seedancerunner.workflows.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic and locale-free formatting for {@link CostEstimator}: no binary
 * floating-point drift (200 × 1.1 is 220, not 220.00000000000003) and no default-locale decimal
 * commas, so an estimate is the same on every worker and in every replay.
 */
final class Figures {

  /** USD figures keep six decimals (micro-dollars), rounded up. */
  private static final int USD_SCALE = 6;

  private Figures() {}

  /** @return {@code value} as an exact decimal (its shortest {@code Double.toString} form) */
  static BigDecimal exact(double value) {
    return BigDecimal.valueOf(value);
  }

  /** @return {@code value} rounded up to a whole number */
  static BigDecimal wholeUp(BigDecimal value) {
    return value.setScale(0, RoundingMode.CEILING);
  }

  /**
   * @param amount     an amount in the provider's unit
   * @param usdPerUnit USD per unit, or {@code null} when unknown
   * @return the amount in USD rounded up to six decimals, or {@code null} when the rate is unknown
   */
  static Double usd(BigDecimal amount, Double usdPerUnit) {
    return usdPerUnit == null ? null
        : amount.multiply(exact(usdPerUnit)).setScale(USD_SCALE, RoundingMode.CEILING).doubleValue();
  }

  /** @return the plain decimal text of {@code value}, without trailing zeros: {@code 0.1}, {@code 21600} */
  static String text(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** @return {@link #text(BigDecimal)} of {@code value}, rounded to six decimals first */
  static String text(double value) {
    return text(exact(value).setScale(USD_SCALE, RoundingMode.HALF_UP));
  }
}
