package io.seedancerunner.worker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;

/**
 * A workflow history as text a person could read in Temporal UI: the JSON with every payload's
 * base64 {@code data} decoded, so that a search for a secret finds it inside payloads too.
 */
final class HistoryText {

  private HistoryText() {}

  static String of(String historyJson) throws Exception {
    StringBuilder out = new StringBuilder(historyJson);
    collect(Http.JSON.readTree(historyJson), out);
    return out.toString();
  }

  private static void collect(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("data") && e.getValue().isTextual()) {
          try {
            out.append('\n').append(new String(Base64.getDecoder().decode(e.getValue().asText())));
          } catch (IllegalArgumentException notBase64) {
            out.append('\n').append(e.getValue().asText());
          }
        } else {
          collect(e.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    }
  }
}
