package io.seedancerunner.simulator.openaivideos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.http.Json;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} submit into the JSON body {@link OpenAiVideosRequests}
 * validates. Seed 002 documents a JSON body only, but calls the gateway OpenAI-SDK compatible, and
 * the official OpenAI SDKs send {@code POST /videos} as a multipart form; accepting it is our
 * choice, the one an SDK user survives.
 *
 * <p>Field names follow the SDKs' flattening: {@code name} is a string field, {@code name[]} an
 * array element, {@code metadata[key]} a member of {@code metadata} (values stay strings; the
 * parser tolerates string forms of numbers and booleans). Deeper nesting such as
 * {@code metadata[content][][type]} is not read: multimodal {@code content[]} needs the JSON body.
 * A file part (one with a {@code filename}, such as the SDK's {@code input_reference} upload) is
 * refused: the gateway takes images as URLs or base64 strings.
 */
final class OpenAiVideosForms {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILENAME = Pattern.compile("\\bfilename\\*?=", Pattern.CASE_INSENSITIVE);
  private static final Pattern METADATA_MEMBER = Pattern.compile("metadata\\[([^\\[\\]]+)]");

  private OpenAiVideosForms() {}

  /**
   * @param contentType the request's {@code Content-Type}, or null
   * @return true for {@code multipart/form-data}
   */
  static boolean isMultipart(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /**
   * @param contentType the request's {@code Content-Type}, with its boundary
   * @param body        the raw body
   * @return the form as a JSON object
   * @throws InvalidVideoRequest when the form cannot be read or carries a file
   */
  static ObjectNode toJson(String contentType, String body) throws InvalidVideoRequest {
    Matcher b = BOUNDARY.matcher(contentType);
    if (!b.find() || body == null) {
      throw new InvalidVideoRequest("multipart body without a boundary");
    }
    String delimiter = "--" + b.group(1);
    ObjectNode json = Json.object();
    String[] chunks = body.split(Pattern.quote(delimiter), -1);
    // chunks[0] is the preamble; the chunk after the closing delimiter starts with "--".
    for (int i = 1; i < chunks.length; i++) {
      String chunk = chunks[i];
      if (chunk.startsWith("--")) {
        break;
      }
      int headEnd = chunk.indexOf("\r\n\r\n");
      if (headEnd < 0) {
        throw new InvalidVideoRequest("multipart part without headers");
      }
      String head = chunk.substring(0, headEnd);
      String value = chunk.substring(headEnd + 4);
      if (value.endsWith("\r\n")) {
        value = value.substring(0, value.length() - 2);
      }
      Matcher name = NAME.matcher(head);
      if (!name.find()) {
        continue;
      }
      if (FILENAME.matcher(head).find()) {
        throw new InvalidVideoRequest("file uploads (" + name.group(1) + ") are not supported: "
            + "pass image or images as URLs or base64 strings");
      }
      put(json, name.group(1), value);
    }
    return json;
  }

  private static void put(ObjectNode json, String name, String value) {
    Matcher member = METADATA_MEMBER.matcher(name);
    if (member.matches()) {
      ObjectNode metadata = json.get("metadata") instanceof ObjectNode o ? o : json.putObject("metadata");
      metadata.put(member.group(1), value);
    } else if (name.endsWith("[]")) {
      String field = name.substring(0, name.length() - 2);
      ArrayNode array = json.get(field) instanceof ArrayNode a ? a : json.putArray(field);
      array.add(value);
    } else if (!name.contains("[")) {
      json.put(name, value);
    }
  }
}
