package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.JobPolicy;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;

/**
 * What one clip job was started with, fixed for its whole run. Workflow code.
 *
 * @param jobId      the job id (the workflow id)
 * @param waitPolicy how to wait and download ({@link WaitPolicy#defaults()} when none was given)
 * @param policy     tenant, attempts, fallbacks ({@link JobPolicy#single()} when none was given)
 * @param deadlineAt when the job gives up waiting, epoch milliseconds of workflow time
 * @param root       the workflow's own cancellation scope, asked whether a cancel was requested
 */
record JobContext(String jobId, WaitPolicy waitPolicy, JobPolicy policy, long deadlineAt, CancellationScope root) {

  /** @return the context of the input, its deadline counted from now */
  static JobContext of(GenerationInput input) {
    WaitPolicy wait = input.waitPolicy() == null ? WaitPolicy.defaults() : input.waitPolicy();
    JobPolicy policy = input.policy() == null ? JobPolicy.single() : input.policy();
    return new JobContext(input.jobId(), wait, policy, Workflow.currentTimeMillis() + wait.deadlineSeconds() * 1000,
        CancellationScope.current());
  }

  /** @return whether the workflow was asked to cancel */
  boolean cancelRequested() {
    return root.isCancelRequested();
  }
}
