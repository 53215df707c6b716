package io.seedancerunner.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The simulator's own Jackson mapper, independent of the application's {@code ObjectMapper}
 * bean so that the combined application's Jackson settings cannot change the wire shapes.
 * Request bodies are read as trees, so unknown fields are simply ignored.
 */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Json() {}

  /** @return a new empty JSON object */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * @param body raw request body, possibly null or blank
   * @return the parsed object, or empty when the body is missing, malformed or not an object
   */
  public static Optional<ObjectNode> parseObject(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      return node instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /**
   * @param node a JSON tree
   * @return its compact UTF-8 encoding: the exact bytes a webhook sends (and signs)
   */
  public static byte[] bytes(JsonNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }
}
