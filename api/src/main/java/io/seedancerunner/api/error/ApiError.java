package io.seedancerunner.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.seedancerunner.workflows.catalog.FieldError;
import java.util.List;

/**
 * The body of every error answer: {@code {"error":"invalid_request","message":"...","fields":[...]}}.
 *
 * @param error   a stable snake_case code, for example {@code invalid_request}, {@code not_found},
 *                {@code idempotency_conflict}, {@code body_too_large}
 * @param message a sentence for humans
 * @param fields  the offending fields with their allowed values; omitted when no field is to blame
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, List<FieldError> fields) {

  /** @return an error that blames no field */
  public static ApiError of(String error, String message) {
    return new ApiError(error, message, null);
  }

  /** @return an error that blames one field */
  public static ApiError ofField(String error, String message, String field, List<String> allowed) {
    return new ApiError(error, message, List.of(new FieldError(field, message, allowed)));
  }
}
