package io.seedancerunner.activities.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tolerant reads of provider JSON (docs/providers/README.md: "accept unknown fields, tolerate both string and
 * number forms"). Every reader answers {@code null} rather than throwing for a missing field, a
 * JSON null or a value of the wrong kind.
 */
public final class JsonFields {

  private JsonFields() {}

  /**
   * @param mapper the object mapper
   * @param body   a response body
   * @return the parsed tree, or {@code null} when the body is blank or not JSON
   */
  public static JsonNode parse(ObjectMapper mapper, String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return mapper.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** @return the field as text: strings as they are, numbers and booleans as their text, else null */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isEmpty() ? null : s;
  }

  /** @return the field as a number: JSON numbers or numeric strings, else null */
  public static Double number(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isTextual()) {
      try {
        return Double.parseDouble(v.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** @return the field as an integer (rounded), or null */
  public static Integer integer(JsonNode node, String field) {
    Double d = number(node, field);
    return d == null || d.isNaN() || d.isInfinite() ? null : (int) Math.round(d);
  }

  /** @return the field when it is an object, else null */
  public static JsonNode object(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isObject() ? v : null;
  }

  /**
   * @return the first element of an array field as text, or the field itself when it is a plain
   *     string (some providers send one URL instead of a list); else null
   */
  public static String firstText(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (e.isTextual() && !e.asText().isEmpty()) {
          return e.asText();
        }
        if (e.isObject() && text(e, "url") != null) {
          return text(e, "url");
        }
      }
      return null;
    }
    return v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
  }

  /** @return the progress field as a percentage 0..100; fractions 0..1 are scaled; else null */
  public static Integer percent(JsonNode node, String field) {
    Double d = number(node, field);
    if (d == null || d.isNaN() || d < 0) {
      return null;
    }
    double pct = d > 0 && d < 1 ? d * 100 : d;
    return (int) Math.min(100, Math.round(pct));
  }

  /**
   * The message of an error answer, in the shapes every dialect's seed shows or tolerates.
   *
   * @param node the answer's root, may be {@code null}
   * @return {@code error.message}, or a top-level {@code message}; else null
   */
  public static String errorMessage(JsonNode node) {
    String message = text(object(node, "error"), "message");
    return message != null ? message : text(node, "message");
  }

  /**
   * The task object of an answer: the root, or its {@code data} object when the root carries no
   * task id and the provider wrapped the task (tolerated by every dialect that reads tasks).
   *
   * @param root the answer's root, may be {@code null}
   * @param id   reads the dialect's task id from an object ({@code id}, {@code requestId}, ...)
   * @return the object that holds the task
   */
  public static JsonNode taskObject(JsonNode root, java.util.function.Function<JsonNode, String> id) {
    if (root != null && id.apply(root) == null && object(root, "data") != null) {
      return root.get("data");
    }
    return root;
  }
}
