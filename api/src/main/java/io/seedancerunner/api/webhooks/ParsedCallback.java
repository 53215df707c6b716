package io.seedancerunner.api.webhooks;

/**
 * What a webhook body names, as far as a dialect parser could tell.
 *
 * @param providerTaskId the provider's task id, or null when the body names none (or is unreadable)
 * @param rawStatus      the provider's status word, or null
 */
public record ParsedCallback(String providerTaskId, String rawStatus) {

  /** Nothing could be read. */
  public static final ParsedCallback EMPTY = new ParsedCallback(null, null);
}
