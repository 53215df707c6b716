package io.seedancerunner.api.storyboards;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.RequestBodyReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Parses a storyboard file, YAML or JSON, into a JSON object tree (Jackson; YAML through
 * {@code jackson-dataformat-yaml}, which uses SnakeYAML with its alias and size limits). Both
 * formats refuse duplicate keys and trailing content.
 *
 * <p>Which format: a content type or file name containing {@code yaml} or {@code yml} is YAML, one
 * containing {@code json} is JSON; otherwise a text whose first non-blank character is <code>{</code>
 * is JSON, anything else YAML.
 */
final class StoryboardText {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private StoryboardText() {}

  /** @return true when the text is to be read as YAML */
  static boolean isYaml(String text, String contentTypeOrFileName) {
    String hint = contentTypeOrFileName == null ? "" : contentTypeOrFileName.toLowerCase(Locale.ROOT);
    if (hint.contains("yaml") || hint.endsWith(".yml")) {
      return true;
    }
    if (hint.contains("json")) {
      return false;
    }
    return !text.stripLeading().startsWith("{");
  }

  /**
   * @param text                  the file's text
   * @param contentTypeOrFileName a content type or file name, or {@code null}
   * @return the document as a JSON object
   * @throws ApiException 400 naming {@code body} when the text is empty, does not parse, or is not
   *     an object (mapping); 413 over {@link RequestBodyReader#MAX_BYTES}
   */
  static ObjectNode parse(String text, String contentTypeOrFileName) {
    if (text == null || text.isBlank()) {
      throw ApiException.invalidBody("the storyboard is empty; send a YAML or JSON storyboard");
    }
    if (text.length() > RequestBodyReader.MAX_BYTES
        || text.getBytes(StandardCharsets.UTF_8).length > RequestBodyReader.MAX_BYTES) {
      throw RequestBodyReader.tooLarge();
    }
    boolean yaml = isYaml(text, contentTypeOrFileName);
    JsonNode node;
    try {
      node = (yaml ? YAML : JSON).readTree(text);
    } catch (JacksonException e) {
      // The parser's message names line and column; it quotes the file, never a secret.
      throw ApiException.invalidBody("the storyboard is not valid " + (yaml ? "YAML" : "JSON") + ": "
          + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      String kind = node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
      throw ApiException.invalidBody("the storyboard must be a " + (yaml ? "YAML mapping" : "JSON object")
          + " with title, defaults and shots, not " + kind);
    }
    return (ObjectNode) node;
  }
}
