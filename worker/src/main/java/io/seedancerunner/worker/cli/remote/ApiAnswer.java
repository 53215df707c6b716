package io.seedancerunner.worker.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer of the runner's API.
 *
 * @param status the HTTP status code
 * @param body   the body bytes, empty when none
 */
public record ApiAnswer(int status, byte[] body) {

  /** @return true for a 2xx status */
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** @return the body as JSON; a missing node when it is not JSON */
  public JsonNode json() {
    return RunnerApi.readJson(body);
  }

  /** @return the body as UTF-8 text */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * @return the API's error as one readable line: its {@code message}, then each blamed field
   *     ({@code fields[].field: message}); the raw body when it is not the API's error shape
   */
  public String problem() {
    JsonNode j = json();
    if (!j.hasNonNull("message")) {
      String t = text().strip();
      return "HTTP " + status + (t.isEmpty() ? "" : ": " + (t.length() > 500 ? t.substring(0, 500) + "..." : t));
    }
    StringBuilder b = new StringBuilder(j.path("message").asText());
    for (JsonNode f : j.path("fields")) {
      String field = f.path("field").asText();
      String msg = f.path("message").asText();
      if (!field.isEmpty() && !b.toString().contains(field + ": " + msg)) {
        b.append("\n  ").append(field).append(": ").append(msg);
        if (f.path("allowed").isArray() && !f.path("allowed").isEmpty()) {
          b.append(" (allowed: ").append(join(f.path("allowed"))).append(')');
        }
      }
    }
    return b.toString();
  }

  private static String join(JsonNode array) {
    StringBuilder b = new StringBuilder();
    array.forEach(v -> b.append(b.length() == 0 ? "" : ", ").append(v.asText()));
    return b.toString();
  }
}
