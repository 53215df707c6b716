package io.seedancerunner.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code openai-videos} (seed 002, {@code metadata.callback_url}: "Callback URL invoked when the
 * task finishes"). The seed does not show the callback body; we assume the task detail of
 * {@code GET /v1/videos/{task_id}}: {@code {"id","task_id","object":"video","status":"SUCCESS",
 * "progress":"100%","result_url":...}} (what the simulator sends). Tolerant of {@code id} and
 * {@code taskId} spellings and of the same fields wrapped in {@code data} (not documented; a careful
 * client accepts both). A body carrying only an {@code error} object names no task.
 */
public final class OpenAiVideosCallbackParser implements CallbackParser {

  @Override
  public String dialect() {
    return "openai-videos";
  }

  @Override
  public ParsedCallback parse(byte[] body) {
    JsonNode root = Json.tree(body);
    if (root == null || !root.isObject()) {
      return ParsedCallback.EMPTY;
    }
    String id = Json.text(root, "task_id", "taskId", "id");
    String status = Json.text(root, "status");
    JsonNode data = root.get("data");
    if (id == null) {
      id = Json.text(data, "task_id", "taskId", "id");
    }
    if (status == null) {
      status = Json.text(data, "status");
    }
    return new ParsedCallback(id, status);
  }
}
