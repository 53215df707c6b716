package io.seedancerunner.api.storyboards;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.seedancerunner.workflows.storyboard.ShotChanges;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the body of a reshoot: a JSON object with any of {@code prompt}, {@code durationSeconds},
 * {@code seed}, {@code firstFrameUrl}, {@code lastFrameUrl}, {@code referenceImageUrls}
 * ({@link ShotChanges}); an empty body is {@link ShotChanges#NONE}, the same request again.
 * Unknown fields, wrong types, duplicate keys and trailing content answer 400 naming the field.
 */
final class ShotChangesReader {

  /** The fields a reshoot may change. */
  static final List<String> FIELDS = List.of("prompt", "durationSeconds", "seed", "firstFrameUrl", "lastFrameUrl",
      "referenceImageUrls");

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private ShotChangesReader() {}

  /**
   * @param body the raw body, or null
   * @return the changes
   * @throws ApiException 400 naming the offending field, 413 for a body over 1 MiB
   */
  static ShotChanges read(String body) {
    if (body == null || body.isBlank()) {
      return ShotChanges.NONE;
    }
    RequestBodyReader.read(body); // a JSON object within the size limit, or a 400/413 naming body
    try {
      return MAPPER.readValue(body, ShotChanges.class);
    } catch (UnrecognizedPropertyException e) {
      throw field(RequestBodyReader.unknownFieldName(e.getPropertyName()), "unknown field '" + e.getPropertyName() + "'; a reshoot changes " + String.join(", ", FIELDS),
          FIELDS);
    } catch (JsonMappingException e) {
      String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      throw field(field.isEmpty() ? "body" : field, "'" + field + "' has the wrong type: " + e.getOriginalMessage(), List.of());
    } catch (JacksonException e) {
      throw ApiException.invalidBody("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static ApiException field(String field, String message, List<String> allowed) {
    return new ApiException(HttpStatus.BAD_REQUEST, ApiError.ofField("invalid_request", message, field, allowed));
  }
}
