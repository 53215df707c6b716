package io.seedancerunner.workflows.catalog;

import java.util.List;

/**
 * One invalid field of a request.
 *
 * @param field   the field name as the API takes it, for example {@code durationSeconds}
 * @param message what is wrong, in a sentence
 * @param allowed the allowed values, or a one-element range such as {@code "1..2000 characters"};
 *                empty when a list would not help
 */
public record FieldError(String field, String message, List<String> allowed) {}
