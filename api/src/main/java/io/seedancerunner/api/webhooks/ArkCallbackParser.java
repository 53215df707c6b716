package io.seedancerunner.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ark} (BytePlus ModelArk, create task API https://docs.byteplus.com/en/docs/ModelArk/1520757,
 * {@code callback_url}): the callback body is the task object of the query API,
 * {@code {"id":"cgt-...","model":"...","status":"running|succeeded|failed|expired|...","content":{...},...}},
 * sent when the status changes. Unsigned, so only a hint. Tolerant of {@code task_id} and of the
 * same fields wrapped in {@code data} (as relays do; not documented).
 */
public final class ArkCallbackParser implements CallbackParser {

  @Override
  public String dialect() {
    return "ark";
  }

  @Override
  public ParsedCallback parse(byte[] body) {
    JsonNode root = Json.tree(body);
    if (root == null || !root.isObject()) {
      return ParsedCallback.EMPTY;
    }
    String id = Json.text(root, "id", "task_id");
    String status = Json.text(root, "status");
    JsonNode data = root.get("data");
    if (id == null) {
      id = Json.text(data, "id", "task_id");
    }
    if (status == null) {
      status = Json.text(data, "status");
    }
    return new ParsedCallback(id, status);
  }
}
