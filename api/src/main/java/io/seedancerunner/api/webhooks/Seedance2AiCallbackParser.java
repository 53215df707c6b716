package io.seedancerunner.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code seedance2ai} (seed 003): the seed documents no callback, so the dialect is poll-only and
 * no body should ever arrive. Should one come (an undocumented feature, or a relay), we read it as
 * the task shape of {@code GET /api/v1/tasks/{id}}: {@code {"id":"sd2_...","status":"completed",...}},
 * tolerating {@code task_id}/{@code taskId} and the same fields wrapped in {@code data} (our
 * choice: a careful reader of a hint).
 */
public final class Seedance2AiCallbackParser implements CallbackParser {

  @Override
  public String dialect() {
    return "seedance2ai";
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
