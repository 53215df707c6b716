package io.seedancerunner.workflows.model;

/**
 * Input of {@code GenerationWorkflow}.
 *
 * @param jobId   the job id, equal to the workflow id; also the folder of the clip under
 *                {@code data/videos/<jobId>/}
 * @param request what to generate
 * @param waitPolicy how to wait for the provider
 * @param policy  tenant, attempts and fallback chain; {@code null} means {@link JobPolicy#single()}
 */
public record GenerationInput(String jobId, GenerationRequest request, WaitPolicy waitPolicy, JobPolicy policy) {

  /** A job with one attempt and no budget (the shape before budgets existed). */
  public GenerationInput(String jobId, GenerationRequest request, WaitPolicy waitPolicy) {
    this(jobId, request, waitPolicy, null);
  }
}
