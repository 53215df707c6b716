package io.seedancerunner.workflows.budget;

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
