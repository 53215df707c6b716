package io.seedancerunner.workflows.model;

/**
 * A webhook from the provider, passed to the workflow as a signal. It is a hint, never the
 * truth: the workflow confirms with the status endpoint before acting (docs/decisions.md).
 *
 * @param eventKey       sha256 of the callback body, hex; duplicate deliveries carry the same key
 * @param providerTaskId the task id the body names, or {@code null} if it names none
 * @param rawStatus      the status word the body carries, or {@code null}
 */
public record ProviderCallback(String eventKey, String providerTaskId, String rawStatus) {}
