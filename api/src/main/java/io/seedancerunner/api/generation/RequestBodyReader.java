package io.seedancerunner.api.generation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpStatus;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.micronaut.http.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the raw body of {@code POST /v1/generations} into a JSON object, so that type errors can be
 * reported per field later instead of failing the whole binding.
 *
 * <p>Rejects, naming the field {@code body}: an empty body, a body that is not JSON, trailing
 * content after the JSON value, duplicate keys (our choice: an ambiguous request is refused rather
 * than silently resolved), and any JSON value that is not an object (400); a body over
 * {@link #MAX_BYTES} (413).
 */
public final class RequestBodyReader {

  /** Largest body accepted, in bytes (1 MiB): a prompt is at most 10,000 characters. */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final JsonMapper EXACT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private RequestBodyReader() {}

  /**
   * @param body the raw body, or null when the request had none
   * @return the body as a JSON object
   * @throws ApiException 400 or 413 naming {@code body}
   */
  public static ObjectNode read(String body) {
    return read(body, MAPPER);
  }

  /**
   * Like {@link #read(String)}, with fractions kept exact ({@code DecimalNode}s): for money.
   *
   * @param body the raw body, or null when the request had none
   * @return the body as a JSON object
   * @throws ApiException 400 or 413 naming {@code body}
   */
  public static ObjectNode readExact(String body) {
    return read(body, EXACT);
  }

  private static ObjectNode read(String body, JsonMapper mapper) {
    if (body == null || body.isBlank()) {
      throw ApiException.invalidBody("the body is empty; send a JSON object");
    }
    if (body.length() > MAX_BYTES || body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw tooLarge();
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JacksonException e) {
      // The parser's own message names line and column; it never contains secrets.
      throw ApiException.invalidBody("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      String kind = node == null ? "nothing" : node.getNodeType().name().toLowerCase();
      throw ApiException.invalidBody("the body must be a JSON object, not " + kind);
    }
    return (ObjectNode) node;
  }

  /**
   * A JSON body as text: its {@code Content-Type} must be {@code application/json} (a
   * {@code charset} parameter, if any, must be UTF-8) and its bytes valid UTF-8.
   *
   * @param contentType the {@code Content-Type} header, or null
   * @param body        the raw bytes, or null
   * @return the text, or null for no body
   * @throws ApiException 415 naming {@code body} for another or a missing content type (with a
   *     body), 400 naming {@code body} for bytes that are not UTF-8, 413 for a body over the limit
   */
  public static String json(String contentType, byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    if (body.length > MAX_BYTES) {
      throw tooLarge();
    }
    if (!isJson(contentType)) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiError.ofField("unsupported_media_type",
          "the body must be JSON sent as Content-Type: application/json (UTF-8), not "
              + (contentType == null ? "without a Content-Type" : "'" + shown(contentType) + "'"),
          "body", List.of(MediaType.APPLICATION_JSON)));
    }
    return utf8(body);
  }

  /**
   * @param body raw bytes, or null
   * @return the bytes as UTF-8 text, null for null
   * @throws ApiException 400 naming {@code body} when they are not valid UTF-8
   */
  public static String utf8(byte[] body) {
    if (body == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalidBody("the body is not valid UTF-8");
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if (kv[0].strip().equalsIgnoreCase("charset")
          && (kv.length < 2 || !kv[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
        return false;
      }
    }
    return true;
  }

  private static String shown(String s) {
    String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
    return printable.length() > 60 ? printable.substring(0, 57) + "..." : printable;
  }

  /** @return the 413 {@code body_too_large} error, shared with the server's own size limit */
  public static ApiException tooLarge() {
    return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ApiError.ofField("body_too_large",
        "the body is larger than " + MAX_BYTES + " bytes", "body", List.of("at most " + MAX_BYTES + " bytes")));
  }
}
