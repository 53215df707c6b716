package io.seedancerunner.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code open-api} (seed 000, "Webhooks"): the completion payload is
 * {@code {"success":true,"requestId":"req_...","status":"succeeded","output":{...},"error":null}}.
 * Tolerant of {@code request_id}/{@code id} and of the same fields wrapped in {@code data}
 * (not documented; a careful client accepts both).
 */
public final class OpenApiCallbackParser implements CallbackParser {

  @Override
  public String dialect() {
    return "open-api";
  }

  /** {@inheritDoc} open-api signs when the key has a webhook secret (docs/providers/open-api.md). */
  @Override
  public boolean signsCallbacks() {
    return true;
  }

  @Override
  public ParsedCallback parse(byte[] body) {
    JsonNode root = Json.tree(body);
    if (root == null || !root.isObject()) {
      return ParsedCallback.EMPTY;
    }
    String id = Json.text(root, "requestId", "request_id", "id");
    String status = Json.text(root, "status");
    JsonNode data = root.get("data");
    if (id == null) {
      id = Json.text(data, "requestId", "request_id", "id");
    }
    if (status == null) {
      status = Json.text(data, "status");
    }
    return new ParsedCallback(id, status);
  }
}
