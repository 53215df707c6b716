package io.seedancerunner.api.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.workflows.catalog.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Typed reads of single fields of a JSON object, collecting one {@link FieldError} per field whose
 * JSON type is wrong. A field that is absent or JSON {@code null} reads as {@code null} (the caller
 * applies the default).
 */
final class FieldReader {

  /** Longest URL accepted, in characters (our choice; browsers and CDNs cope with 2,048). */
  static final int MAX_URL_CHARS = 2048;
  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

  private final ObjectNode body;
  private final List<FieldError> errors;

  FieldReader(ObjectNode body, List<FieldError> errors) {
    this.body = body;
    this.errors = errors;
  }

  /** @return true when an error was already recorded for the field */
  boolean failed(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private JsonNode node(String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? null : n;
  }

  private <T> T fail(String field, String message, List<String> allowed) {
    errors.add(new FieldError(field, message, allowed));
    return null;
  }

  /** @return the string, or null when absent or not a string (then an error is recorded) */
  String string(String field, List<String> allowed) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    return n.isTextual() ? n.textValue() : fail(field, field + " must be a string, not " + kind(n), allowed);
  }

  /**
   * Reads a whole number given as a JSON integer or as a string of digits (seed 001 sends
   * durations as strings, and clients copy that). {@code 2.5}, {@code 8.0}, {@code "abc"} and
   * {@code true} are errors.
   */
  Integer integer(String field, List<String> allowed) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    if (n.isIntegralNumber() && n.canConvertToInt()) {
      return n.intValue();
    }
    if (n.isTextual() && DIGITS.matcher(n.textValue().strip()).matches()) {
      return Integer.parseInt(n.textValue().strip());
    }
    String shown = n.isTextual() ? "'" + abbreviate(n.textValue()) + "'" : n.toString();
    return fail(field, field + " must be a whole number of seconds, not " + abbreviate(shown), allowed);
  }

  /** Reads a JSON boolean; strings such as {@code "true"} and numbers are errors. */
  /**
   * @param field   the field
   * @param allowed the allowed range, for the error
   * @return the whole number (JSON number or digit string, sign allowed), null when absent or invalid
   */
  Long wholeNumber(String field, List<String> allowed) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.longValue();
    }
    if (n.isTextual() && n.textValue().strip().matches("-?\\d{1,18}")) {
      return Long.parseLong(n.textValue().strip());
    }
    String shown = n.isTextual() ? "'" + abbreviate(n.textValue()) + "'" : n.toString();
    return fail(field, field + " must be a whole number, not " + abbreviate(shown), allowed);
  }

  Boolean bool(String field) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    return n.isBoolean() ? n.booleanValue()
        : fail(field, field + " must be true or false, not " + kind(n), List.of("true", "false"));
  }

  /** Reads an absolute http or https URL. */
  String url(String field) {
    String s = string(field, List.of("an http or https URL"));
    if (s == null) {
      return null;
    }
    String problem = urlProblem(s);
    return problem == null ? s : fail(field, field + " " + problem, List.of("an http or https URL"));
  }

  /** Reads an array of http or https URLs; an absent field is an empty list. */
  List<String> urls(String field) {
    JsonNode n = node(field);
    List<String> allowed = List.of("an array of http or https URLs");
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      fail(field, field + " must be an array of URLs, not " + kind(n), allowed);
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode item = n.get(i);
      String problem = item.isTextual() ? urlProblem(item.textValue()) : "must be a string, not " + kind(item);
      if (problem == null) {
        out.add(item.textValue());
      } else {
        problems.add("item " + i + " " + problem);
      }
    }
    if (!problems.isEmpty()) {
      fail(field, field + ": " + String.join("; ", problems), allowed);
    }
    return out;
  }

  /** @return what is wrong with a URL, or null when it is an absolute http(s) URL with a host */
  static String urlProblem(String s) {
    if (s.length() > MAX_URL_CHARS) {
      return "is longer than " + MAX_URL_CHARS + " characters";
    }
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return null;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    return "is not an http or https URL: '" + abbreviate(s) + "'";
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  /** Error messages quote user input; 60 characters is enough to recognise it. */
  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
