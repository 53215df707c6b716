package io.seedancerunner.workflows.model;

/**
 * What a provider answered to a submit.
 *
 * @param providerTaskId   the provider's task id ({@code requestId}, {@code task_id}, ...)
 * @param state            the initial state
 * @param estimatedSeconds the provider's hint of when the job will be done, in seconds from now,
 *                         or the account's configured estimate; {@code null} when neither exists
 * @param cost             what the provider says the submit charged, in its unit, or {@code null}
 * @param cancellable      whether the dialect can cancel this task
 */
public record SubmitReceipt(
    String providerTaskId, TaskState state, Integer estimatedSeconds, Double cost, boolean cancellable) {}
