package io.seedancerunner.workflows.catalog;

/**
 * Thrown by {@link CostEstimator} when a request cannot be priced from its dialect's catalogue,
 * for example a resolution the price table has no row for. The api answers it like a catalogue
 * error: a 400 naming {@link #field()}.
 */
public final class UnpricedRequestException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The request field (the {@code POST /v1/generations} body's name) that has no price. */
  private final String field;

  /**
   * @param field   the request field that has no price, for example {@code resolution}
   * @param message what is missing; starts with the field name
   */
  public UnpricedRequestException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** @return the request field that has no price, for example {@code resolution} */
  public String field() {
    return field;
  }
}
