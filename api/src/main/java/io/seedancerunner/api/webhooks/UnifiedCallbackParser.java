package io.seedancerunner.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code unified} (seed 004): "Callback response body format is consistent with the task query
 * endpoint response format", that is
 * {@code {"id":"task-unified-...","object":"video.generation.task","status":"completed",...}}
 * (docs/providers/unified.md). Tolerant of {@code task_id}/{@code taskId} and of the same fields wrapped in
 * {@code data} (not documented; a careful reader accepts both). Unsigned: the seed documents no
 * signature, so the body is only a hint.
 */
public final class UnifiedCallbackParser implements CallbackParser {

  @Override
  public String dialect() {
    return "unified";
  }

  @Override
  public ParsedCallback parse(byte[] body) {
    JsonNode root = Json.tree(body);
    if (root == null || !root.isObject()) {
      return ParsedCallback.EMPTY;
    }
    String id = Json.text(root, "id", "task_id", "taskId");
    String status = Json.text(root, "status");
    JsonNode data = root.get("data");
    if (id == null) {
      id = Json.text(data, "id", "task_id", "taskId");
    }
    if (status == null) {
      status = Json.text(data, "status");
    }
    return new ParsedCallback(id, status);
  }
}
