package io.seedancerunner.api.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.workflows.catalog.FieldError;
import java.math.BigDecimal;
import java.util.List;

/**
 * A USD amount in a request body: a JSON number, at most {@link #MAX} and with at most
 * {@link #MAX_SCALE} decimal places (a micro-dollar, the ledger's unit). Anything else is a 400
 * naming the field, so no figure is clamped or rounded on its way to the ledger.
 */
public final class UsdAmount {

  /** Largest amount accepted, in USD. */
  public static final BigDecimal MAX = new BigDecimal("1000000000");
  /** Most decimal places accepted. */
  public static final int MAX_SCALE = 6;

  private UsdAmount() {}

  /**
   * @param body      the body read by {@code RequestBodyReader.readExact}
   * @param field     the field's name
   * @param zeroAllowed true when 0 is a valid figure ({@code budgetUsd}), false when it must be
   *                  above 0 ({@code usd} of a top-up)
   * @return the amount, exact
   * @throws ApiException 400 {@code invalid_request} naming {@code field} and the allowed range
   */
  public static BigDecimal read(ObjectNode body, String field, boolean zeroAllowed) {
    String allowed = (zeroAllowed ? "0" : "above 0") + " .. " + MAX.toPlainString() + " USD, at most " + MAX_SCALE
        + " decimal places";
    JsonNode n = body.get(field);
    BigDecimal usd = n != null && n.isNumber() ? n.decimalValue() : null;
    if (usd == null || usd.compareTo(MAX) > 0 || usd.signum() < 0 || !zeroAllowed && usd.signum() == 0
        || usd.stripTrailingZeros().scale() > MAX_SCALE) {
      String got = n == null ? "nothing" : n.isNumber() ? n.decimalValue().toString() : n.getNodeType().name().toLowerCase();
      throw ApiException.invalid(List.of(new FieldError(field,
          field + " must be a number of USD, " + allowed + "; got " + (got.length() > 40 ? got.substring(0, 37) + "..." : got),
          List.of(allowed))));
    }
    return usd;
  }
}
