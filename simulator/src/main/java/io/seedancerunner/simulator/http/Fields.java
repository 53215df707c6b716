package io.seedancerunner.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.OptionalInt;

/**
 * Tolerant readers for request fields: numbers may come as JSON numbers or numeric strings,
 * booleans as JSON booleans or "true"/"false" (docs/providers/README.md: "tolerate both string and
 * number forms").
 */
public final class Fields {

  private Fields() {}

  /**
   * @param node a field value, possibly null or JSON null
   * @return true when the field is absent or JSON null
   */
  public static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  /**
   * @param node a field value
   * @return its integer value for an integral number or a string of digits; empty otherwise
   */
  public static OptionalInt integer(JsonNode node) {
    if (absent(node)) {
      return OptionalInt.empty();
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return OptionalInt.of(node.intValue());
    }
    if (node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue())) {
      return OptionalInt.of((int) node.doubleValue());
    }
    if (node.isTextual()) {
      try {
        return OptionalInt.of(Integer.parseInt(node.textValue().trim()));
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /**
   * @param node     a field value
   * @param fallback value when absent
   * @return the boolean, or null when present but neither a boolean nor "true"/"false"
   */
  public static Boolean bool(JsonNode node, boolean fallback) {
    if (absent(node)) {
      return fallback;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual() && ("true".equalsIgnoreCase(node.textValue()) || "false".equalsIgnoreCase(node.textValue()))) {
      return Boolean.parseBoolean(node.textValue());
    }
    return null;
  }

  /**
   * @param value a string
   * @return true for an absolute {@code http} or {@code https} URL with a host. The simulator
   *         accepts {@code http://localhost} callbacks, which the real providers refuse.
   */
  public static boolean httpUrl(String value) {
    try {
      URI u = URI.create(value);
      String scheme = u.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
