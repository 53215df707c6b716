package io.seedancerunner.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code seedanceapi} (seed 001, "Webhook Callbacks"): the seed does not show the callback body;
 * we assume it mirrors the status response {@code {code,message,data:{task_id,status,...}}} and
 * also accept the fields at the top level, and {@code taskId}/{@code id} spellings.
 */
public final class SeedanceApiCallbackParser implements CallbackParser {

  @Override
  public String dialect() {
    return "seedanceapi";
  }

  @Override
  public ParsedCallback parse(byte[] body) {
    JsonNode root = Json.tree(body);
    if (root == null || !root.isObject()) {
      return ParsedCallback.EMPTY;
    }
    JsonNode data = root.get("data");
    String id = Json.text(data, "task_id", "taskId", "id");
    String status = Json.text(data, "status");
    if (id == null) {
      id = Json.text(root, "task_id", "taskId", "id");
    }
    if (status == null) {
      status = Json.text(root, "status");
    }
    return new ParsedCallback(id, status);
  }
}
