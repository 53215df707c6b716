package io.seedancerunner.workflows.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * USD amounts in the ledger are whole micro-dollars (1 USD = 1,000,000), so that sums of many
 * reservations and captures never drift the way sums of doubles do.
 */
public final class Usd {

  /** Micro-dollars per dollar. */
  public static final long MICROS = 1_000_000L;

  private Usd() {}

  /** @param usd dollars @return micro-dollars, rounded half up */
  public static long micros(double usd) {
    return Math.round(usd * MICROS);
  }

  /**
   * Exact micro-dollars of any finite amount, without clamping (a 1e300 USD budget stays 1e300).
   *
   * @param usd dollars, finite
   * @return micro-dollars, rounded half up
   */
  public static BigInteger exactMicros(double usd) {
    return BigDecimal.valueOf(usd).movePointRight(6).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
  }

  /**
   * Exact micro-dollars of {@code amount × usdPerUnit}, without clamping.
   *
   * @param amount     an amount in a provider's unit, finite
   * @param usdPerUnit the unit's USD rate, finite
   * @return micro-dollars, rounded half up
   */
  public static BigInteger exactMicros(double amount, double usdPerUnit) {
    return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(usdPerUnit)).movePointRight(6)
        .setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
  }

  /** @param micros micro-dollars, any size @return dollars (the nearest double) */
  public static double dollars(BigInteger micros) {
    return new BigDecimal(micros).movePointLeft(6).doubleValue();
  }

  /** @param micros micro-dollars, any size @return for messages, e.g. {@code 0.80 USD} */
  public static String format(BigInteger micros) {
    BigDecimal usd = new BigDecimal(micros).movePointLeft(6).stripTrailingZeros();
    return (usd.scale() <= 2 ? usd.setScale(2, RoundingMode.UNNECESSARY) : usd).toPlainString() + " USD";
  }

  /**
   * Adds two USD amounts exactly (in micro-dollars), so that sums of captures do not drift.
   *
   * @param sum   dollars so far, or {@code null} for none
   * @param usd   dollars to add
   * @return the sum, in dollars
   */
  public static double add(Double sum, double usd) {
    return dollars((sum == null ? 0 : micros(sum)) + micros(usd));
  }

  /** @param micros micro-dollars @return dollars */
  public static double dollars(long micros) {
    return micros / (double) MICROS;
  }

  /** @param micros micro-dollars @return for messages, e.g. {@code 0.80 USD} (4 decimals when needed) */
  public static String format(long micros) {
    double usd = dollars(micros);
    return (micros % 10_000 == 0 ? String.format("%.2f", usd) : String.format("%.4f", usd)) + " USD";
  }
}
