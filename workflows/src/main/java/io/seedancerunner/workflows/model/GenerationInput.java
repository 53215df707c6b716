package io.seedancerunner.workflows.model;

/**
 * Input of {@code GenerationWorkflow}.
 *
 * @param jobId   the job id, equal to the workflow id; also the folder of the clip under
 *                {@code data/videos/<jobId>/}
 * @param request what to generate
 * @param waitPolicy how to wait for the provider
 */
public record GenerationInput(String jobId, GenerationRequest request, WaitPolicy waitPolicy) {}
