package io.seedancerunner.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the provider task id and status word out of one dialect's webhook body. Parsers are
 * tolerant: they never throw, and an unreadable body yields {@link ParsedCallback#EMPTY} (the
 * workflow confirms with the status endpoint anyway, docs/decisions.md).
 */
public interface CallbackParser {

  /** @return the dialect id this parser reads, for example {@code open-api} */
  String dialect();

  /**
   * @param body the raw body
   * @return what the body names; fields are null when absent
   */
  ParsedCallback parse(byte[] body);

  /**
   * The dialect's capability "signs its callbacks with {@code x-seedance-signature}" (hex
   * HMAC-SHA256 of the raw body, see {@link WebhookSignature}), so that the controller checks the
   * signature without knowing dialect names.
   *
   * @return true when an account of this dialect with a {@code webhook-secret} must present a
   *     valid signature
   */
  default boolean signsCallbacks() {
    return false;
  }

  /** Shared helpers: JSON reading and tolerant text extraction. */
  final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** @return the body as a tree, or null when it is not JSON */
    static JsonNode tree(byte[] body) {
      try {
        return body == null || body.length == 0 ? null : MAPPER.readTree(body);
      } catch (java.io.IOException | RuntimeException e) {
        return null;
      }
    }

    /** @return the first of the named fields that holds a string or number, as text; else null */
    static String text(JsonNode node, String... names) {
      if (node == null || !node.isObject()) {
        return null;
      }
      for (String name : names) {
        JsonNode v = node.get(name);
        if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
          return v.asText();
        }
      }
      return null;
    }
  }
}
