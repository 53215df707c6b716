package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One human line per job state, from the JSON of {@code GET /v1/generations/{id}}. */
final class ProgressLine {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
      .withZone(ZoneId.systemDefault());

  private ProgressLine() {}

  static String of(JsonNode s) {
    StringBuilder b = new StringBuilder();
    int pct = s.path("progressPercent").asInt(0);
    int filled = pct / 5;
    b.append('[').append("#".repeat(filled)).append(".".repeat(20 - filled)).append("] ")
        .append(String.format("%3d%% ", pct)).append(s.path("status").asText("?"));
    if (s.hasNonNull("providerTaskId")) {
      b.append(" · task ").append(s.path("providerTaskId").asText());
    }
    if (s.hasNonNull("rawStatus")) {
      b.append(" · provider says ").append(s.path("rawStatus").asText());
    }
    if (s.hasNonNull("nextPollAt") && "WAITING".equals(s.path("status").asText())) {
      b.append(" · next poll ").append(TIME.format(Instant.ofEpochMilli(s.path("nextPollAt").asLong())));
    }
    if (s.path("callbacks").asInt() > 0) {
      b.append(" · webhooks ").append(s.path("callbacks").asInt());
    }
    return b.toString();
  }

  static String reason(JsonNode s) {
    for (String field : new String[] {"failure", "lastError"}) {
      JsonNode n = s.path(field);
      if (n.isTextual()) {
        return n.asText();
      }
      if (n.isObject()) {
        return n.path("message").asText(n.toString());
      }
    }
    return "no reason given";
  }
}
